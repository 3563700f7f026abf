using static TorchSharp.torch;

namespace Research.Engine.Models;

/// <summary>What one step of the world model reads, for a batch of B sessions of S-pixel frames.</summary>
/// <param name="Previous">The last frame shown (B, 3, S, S) in [0, 1].</param>
/// <param name="Older">The frame before it, already aligned to <paramref name="Previous"/> (B, 3, S, S); <paramref name="Previous"/> again when a mode uses one frame.</param>
/// <param name="CameraShift">The camera's move this step (B, 2), pixels.</param>
/// <param name="Memory">The memory's view at the new camera (B, 4, S, S): colour and a written mask.</param>
/// <param name="Spots">Where the agent will be, its facing mark, and where it was, in the new view (B, 3, S, S).</param>
/// <param name="Actions">Action ids (B).</param>
/// <param name="Prompt">Prompt token ids (B, T), 0 = padding.</param>
/// <param name="NoiseLevel">The context-noise level the past frames carry (B).</param>
public sealed record StepInput(Tensor Previous, Tensor Older, Tensor CameraShift, Tensor Memory, Tensor Spots, Tensor Actions, Tensor Prompt, Tensor NoiseLevel);
