using Research.Engine.Models;
using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Training;

/// <summary>
/// The motion predictor's own data: for every training frame, the features a tracker following the true moves sees
/// (teacher forcing) and the true move into that frame. Drawn in large shuffled batches, so rare moves (a dash is 4%
/// of frames) get the gradient steps that windows of eight frames cannot give them.
/// </summary>
internal sealed class MotionData
{
    private readonly float[] _features;
    private readonly float[] _moves;

    private MotionData(float[] features, float[] moves) => (_features, _moves) = (features, moves);

    /// <summary>Number of frames.</summary>
    public int Count => _moves.Length / 4;

    /// <summary>Features and true moves of every frame after the first of each episode.</summary>
    public static MotionData From(IReadOnlyList<TrainingEpisode> episodes)
    {
        var count = episodes.Sum(e => e.Length - 1);
        var (features, moves) = (new float[count * MotionTracker.FeatureCount], new float[count * 4]);
        var row = 0;
        foreach (var episode in episodes)
        {
            var tracker = new MotionTracker(new AgentKinematics(episode.AgentX[0], episode.AgentY[0], episode.FacingX[0], episode.FacingY[0], 0, 0, episode.WorldSize));
            for (var t = 1; t < episode.Length; t++, row++)
            {
                tracker.Features(episode.Actions[t], features.AsSpan(row * MotionTracker.FeatureCount, MotionTracker.FeatureCount));
                var move = episode.Move(t);
                (moves[4 * row], moves[4 * row + 1], moves[4 * row + 2], moves[4 * row + 3]) = move;
                tracker.Advance(episode.Actions[t], move.AgentX, move.AgentY, move.CameraX, move.CameraY, snap: false);
            }
        }
        return new MotionData(features, moves);
    }

    /// <summary>A batch of features (B, F) and true moves (B, 4); the rows are a function of seed and step.</summary>
    public (Tensor Features, Tensor Moves) Batch(int batch, int seed, long step)
    {
        var random = TrainingData.BatchRandom(seed, step, false, 5);
        var (features, moves) = (new float[batch * MotionTracker.FeatureCount], new float[batch * 4]);
        for (var b = 0; b < batch; b++)
        {
            var row = random.Next(Count);
            Array.Copy(_features, row * MotionTracker.FeatureCount, features, b * MotionTracker.FeatureCount, MotionTracker.FeatureCount);
            Array.Copy(_moves, row * 4, moves, b * 4, 4);
        }
        return (tensor(features, [batch, MotionTracker.FeatureCount]), tensor(moves, [batch, 4]));
    }
}
