using Research.Engine.Datasets;
using Research.Engine.Evaluation;
using Research.Engine.Metrics;
using Research.Engine.World;
using Research.Engine.Models;

namespace Research.Engine.Tests.Models;

/// <summary>Floors under the shipped default model, on episodes it never saw (a dataset seed training does not use).</summary>
[Collection(TorchCollection.Name)]
public sealed class DefaultModelTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "research-default-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Load_ShippedDefault_TrainedToTheEnd()
    {
        var (model, metadata) = Checkpoint.Load(ShippedModel("default"));
        using var owned = model;

        Assert.Equal("done", metadata.Phase);
        Assert.True(new FileInfo(Path.Combine(ShippedModel("default"), Checkpoint.WeightsFile)).Length < 25 << 20);
    }

    [Fact]
    public void Step_WalkFromTrueFrames_PoseFollowsTheWorld()
    {
        var (model, _) = Checkpoint.Load(ShippedModel("default"));
        using var owned = model;
        using var rollout = new ModelRollout(model, QualityMode.Fast);
        var world = new WorldSimulator(new WorldOptions { Seed = 4 });
        rollout.Start(new FrameRenderer().Render(world, 64), world.Agent);
        AgentAction[] actions = [.. Enumerable.Repeat(AgentAction.Right, 20), AgentAction.Dash, .. Enumerable.Repeat(AgentAction.Idle, 10), .. Enumerable.Repeat(AgentAction.Down, 20)];

        var trace = new System.Text.StringBuilder();
        foreach (var action in actions)
        {
            world.Step(action);
            rollout.Step(action, []);
            trace.Append($"{action}:{world.Agent.X},{world.Agent.Y}/{rollout.Pose.X:F1},{rollout.Pose.Y:F1} ");
        }

        var error = MathF.Sqrt(MathF.Pow(world.Agent.X - rollout.Pose.X, 2) + MathF.Pow(world.Agent.Y - rollout.Pose.Y, 2));
        Assert.True(error <= 1.5f, $"after {actions.Length} frames the model believes the agent at ({rollout.Pose.X:F1}, {rollout.Pose.Y:F1}); it is at ({world.Agent.X}, {world.Agent.Y}) {trace}");
        Assert.Equal(world.Agent.Camera(), rollout.Pose.Camera());
    }

    // A world left alone must stay the world: nothing moves but the few objects, so copying frame 0 would score well.
    // The shipped model smooths the picture a little every step (measured 2026-12-07, fast mode: 30.4 dB at frame 1,
    // 24.8 at 10, 21.7 at 30, 18.7 at 60 against the truth); the floor guards that figure until the smoothing is fixed.
    [Fact]
    public void Step_IdleSixtyFrames_PictureStaysAboveFloor()
    {
        var (model, _) = Checkpoint.Load(ShippedModel("default"));
        using var owned = model;
        using var rollout = new ModelRollout(model, QualityMode.Fast);
        var world = new WorldSimulator(new WorldOptions { Seed = 4 });
        var renderer = new FrameRenderer();
        rollout.Start(renderer.Render(world, 64), world.Agent);
        byte[] frame = [];
        for (var i = 0; i < 60; i++)
        {
            world.Step(AgentAction.Idle);
            frame = rollout.Step(AgentAction.Idle, []);
        }

        var psnr = ImageQuality.Psnr(frame, renderer.Render(world, 64));
        Assert.True(psnr >= MinimumIdlePsnrAt60, $"after 60 idle frames the picture is {psnr:F2} dB from the world, under the floor {MinimumIdlePsnrAt60} dB");
    }

    private const double MinimumIdlePsnrAt60 = 17;

    [Fact]
    public void Rollout_HeldOutEpisodes_PsnrAtFrame30AboveFloor()
    {
        var (model, _) = Checkpoint.Load(ShippedModel("default"));
        using var owned = model;
        var options = new EvalOptions { Horizon = 30, ReportHorizons = [30] };
        var variant = new EvalVariant("default balanced", model, ShippedModel("default"), QualityMode.Balanced);

        var result = new RolloutEvaluator(options).Run([variant], Episodes(3, 31), cancellationToken: TestContext.Current.CancellationToken)[0];

        var psnr = result.Summary(options)["psnr_at_30"];
        Assert.True(psnr >= MinimumPsnrAt30, $"PSNR at frame 30 is {psnr:F2} dB, under the floor {MinimumPsnrAt30} dB");
    }

    /// <summary>
    /// Measured 18.50 dB (mean of 3 episodes at frame 30, balanced) for the pixel-space model shipped 2026-12-07 (19.25 dB
    /// over 12 episodes in research eval; the latent model before it: 13.95); the floor guards against regressions.
    /// </summary>
    private const double MinimumPsnrAt30 = 17;

    private IReadOnlyList<EvalEpisode> Episodes(int count, int frames)
    {
        var directory = Path.Combine(_root, "data");
        new DatasetGenerator(new DatasetOptions { OutputDirectory = directory, Episodes = count, FramesPerEpisode = frames, FrameSize = 64, Seed = 9001, ExploreFraction = 0.75 })
            .Generate(cancellationToken: TestContext.Current.CancellationToken);
        return EvalEpisode.Load(directory, frames);
    }

    /// <summary>A shipped checkpoint, found from the test binaries by walking up to the repository root.</summary>
    internal static string ShippedModel(string name)
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Research.sln")))
            {
                return Path.Combine(directory.FullName, "engine", "models", name);
            }
        }
        throw new DirectoryNotFoundException($"No Research.sln above {AppContext.BaseDirectory}.");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
