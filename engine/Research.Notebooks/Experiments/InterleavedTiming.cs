using System.Diagnostics;
using Research.Engine.Models;
using Research.Engine.World;

namespace Research.Notebooks.Experiments;

/// <summary>
/// Milliseconds per rollout step of several quality modes measured in turns (one step of each mode, then the next
/// round), so a machine shared with other work slows every mode alike and the comparison between modes stays fair.
/// </summary>
public static class InterleavedTiming
{
    /// <summary>The median milliseconds per step of each mode over <paramref name="rounds"/> rounds, after a few warm-up rounds.</summary>
    public static IReadOnlyDictionary<string, double> MedianMs(WorldModel model, IReadOnlyList<QualityMode> modes, int rounds = 60)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rounds, 1);
        var size = model.Config.FrameSize;
        var rollouts = modes.Select(m => new ModelRollout(model, m)).ToList();
        try
        {
            var times = modes.Select(_ => new List<double>()).ToList();
            foreach (var rollout in rollouts)
            {
                rollout.Start(new byte[size * size * 3], AgentKinematics.Start(new WorldOptions()));
            }
            const int WarmUp = 3;
            for (var round = 0; round < WarmUp + rounds; round++)
            {
                for (var i = 0; i < rollouts.Count; i++)
                {
                    var started = Stopwatch.GetTimestamp();
                    rollouts[i].Step(round % 2 == 0 ? AgentAction.Right : AgentAction.Down, []);
                    if (round >= WarmUp)
                    {
                        times[i].Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    }
                }
            }
            return modes.Select((m, i) => (m.Name, Median: Research.Engine.Evaluation.VariantResult.Percentile([.. times[i]], 50)))
                .ToDictionary(p => p.Name, p => p.Median);
        }
        finally
        {
            rollouts.ForEach(r => r.Dispose());
        }
    }
}
