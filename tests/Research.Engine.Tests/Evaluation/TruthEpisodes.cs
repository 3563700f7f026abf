using Research.Engine.Datasets;
using Research.Engine.Evaluation;
using Research.Engine.Tests.Metrics;
using Research.Engine.World;

namespace Research.Engine.Tests.Evaluation;

/// <summary>Ground-truth evaluation episodes from the real simulator and renderer.</summary>
internal static class TruthEpisodes
{
    /// <summary>A scripted run (<see cref="GroundTruthRun"/>) as an evaluation episode.</summary>
    public static EvalEpisode Scripted(bool explore, int steps, Func<int, AgentAction>? script = null, string preset = "meadow")
    {
        var run = GroundTruthRun.Render(ScenePresets.Get(preset), explore, steps, script: script);
        return new EvalEpisode(
            0, explore, [.. run.Select(s => s.Frame)], [.. run.Select(s => s.Action)], [.. run.Select(_ => (IReadOnlyList<int>)[])],
            [.. run.Select(s => AgentPosition(s.State))], [.. run.Select(s => (s.State.CameraX, s.State.CameraY))], 64);
    }

    /// <summary>Held-out-like episodes from the dataset generator (its steering: walks, idling, dashes, jitter, revisits).</summary>
    public static IReadOnlyList<EvalEpisode> Generated(string directory, int count, int frames, int seed = 9001, double exploreFraction = 0.5)
    {
        new DatasetGenerator(new DatasetOptions { OutputDirectory = directory, Episodes = count, FramesPerEpisode = frames, FrameSize = 64, Seed = seed, ExploreFraction = exploreFraction })
            .Generate(cancellationToken: TestContext.Current.CancellationToken);
        return EvalEpisode.Load(directory, frames);
    }

    private static (float X, float Y) AgentPosition(WorldState state) => (state.Agent.X - state.CameraX, state.Agent.Y - state.CameraY);
}
