using Research.Engine.Models;
using static TorchSharp.torch;

namespace Research.Engine.Training;

/// <summary>A batch of training windows (see <see cref="TrainingData.WindowBatch"/>).</summary>
/// <param name="Frames">Frames (B, T, 3, S, S) in [0, 1], when asked for.</param>
/// <param name="Latents">Latents (B, T, C, L, L), once the data is encoded.</param>
/// <param name="Actions">Action ids (B, T).</param>
/// <param name="Prompts">Prompt token ids (B, T, P).</param>
/// <param name="Cameras">View top-left of every frame, world units [B, T].</param>
/// <param name="Starts">Index of each window's first frame in its episode.</param>
/// <param name="Memories">Per window, the memory of its episode up to and including its first frame (null before encoding).</param>
public sealed record TrainingWindows(
    Tensor? Frames, Tensor? Latents, Tensor Actions, Tensor Prompts, (float X, float Y)[,] Cameras, int[] Starts, LatentMemory?[] Memories);
