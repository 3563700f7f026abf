using Research.Engine.Models;
using static TorchSharp.torch;

namespace Research.Engine.Training;

/// <summary>
/// A batch of B windows of T+1 consecutive frames (frame 0 is the one before the context frame, frame 1 the context
/// the rollout starts from, frames 2..T the targets), with per window the model's pose and a memory holding every
/// frame of its episode up to the context frame, as a session would have them.
/// </summary>
/// <param name="Frames">(B, T+1, 3, S, S) in [0, 1].</param>
/// <param name="Actions">Actions into each frame (B x (T+1)).</param>
/// <param name="Prompts">Prompt tokens of each frame (B, T+1, P).</param>
/// <param name="Moves">True moves into each frame (B, T+1, 4): agent dx, dy, camera dx, dy, world units. Supervision only.</param>
/// <param name="Weights">Loss weights of each frame (B, T+1, 1, S, S): more on the agent and moving objects. Training only.</param>
/// <param name="Trackers">The pose at the context frame (seeded from the truth of the episode so far).</param>
/// <param name="Memories">Memories holding the episode up to the context frame.</param>
public sealed record TrainingWindows(Tensor Frames, World.AgentAction[,] Actions, Tensor Prompts, Tensor Moves, Tensor Weights, MotionTracker[] Trackers, PixelMemory[] Memories);
