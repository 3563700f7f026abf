using Research.Engine.Models;
using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Models;

[Collection(TorchCollection.Name)]
public sealed class ModelRolloutTests
{
    private static readonly ModelConfig Small = new() { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8, UpsamplerWidth = 8 };

    [Theory]
    [InlineData("fast", 64)]
    [InlineData("balanced", 64)]
    [InlineData("quality", 128)]
    public void Step_EachMode_FramesOfTheModesSize(string mode, int size)
    {
        using var model = Model();
        using var rollout = new ModelRollout(model, QualityMode.Parse(mode));
        var (frame, pose) = WorldStart();
        rollout.Start(frame, pose);

        var output = rollout.Step(AgentAction.Right, [1, 2]);

        Assert.Equal(size * size * 3, output.Length);
        Assert.Equal(size, rollout.OutputSize);
        Assert.Equal(1, rollout.Frame);
    }

    [Fact]
    public void Step_SameStartAndInputs_IdenticalFrames()
    {
        using var model = Model();
        var first = Roll(model, QualityMode.Balanced, 30);
        var second = Roll(model, QualityMode.Balanced, 30);

        Assert.Equal(first, second);
    }

    [Fact]
    public void Step_OtherContextNoiseLevel_DifferentFrames()
    {
        using var model = Model();

        var quiet = Roll(model, QualityMode.Balanced with { ContextNoise = 0 }, 5);
        var noisy = Roll(model, QualityMode.Balanced with { ContextNoise = 0.3f }, 5);

        Assert.NotEqual(quiet[^1], noisy[^1]);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(23)]
    public void Step_IncrementalState_MatchesRecomputationFromTheStart(int frame)
    {
        // The recurrent state and latent window carried from step to step must equal what recomputing the whole
        // history from the start frame gives: a fresh rollout fed the same inputs up to that frame.
        using var model = Model();
        var actions = Enumerable.Range(0, 30).Select(i => AgentActions.All[i * 7 % AgentActions.All.Count]).ToArray();
        using var incremental = new ModelRollout(model, QualityMode.Quality);
        var (start, pose) = WorldStart();
        incremental.Start(start, pose);
        var frames = actions.Select(a => incremental.Step(a, [2])).ToList();

        using var recomputed = new ModelRollout(model, QualityMode.Quality);
        recomputed.Start(start, pose);
        byte[] last = [];
        for (var i = 0; i < frame; i++)
        {
            last = recomputed.Step(actions[i], [2]);
        }

        Assert.Equal(frames[frame - 1], last);
    }

    [Fact]
    public void Step_RestartedFromSameFrame_ForgetsEarlierSession()
    {
        using var model = Model();
        using var rollout = new ModelRollout(model, QualityMode.Quality);
        var (frame, pose) = WorldStart();
        rollout.Start(frame, pose);
        for (var i = 0; i < 20; i++)
        {
            rollout.Step(AgentAction.Left, []);
        }

        rollout.Start(frame, pose);
        var afterRestart = rollout.Step(AgentAction.Up, [3]);

        Assert.Equal(Roll(model, QualityMode.Quality, 1, AgentAction.Up)[^1], afterRestart);
    }

    [Fact]
    public void Start_WorldPose_ModelPoseStartsThereAndMovesOnlyByItsOwnPrediction()
    {
        using var model = Model();
        using var rollout = new ModelRollout(model, QualityMode.Fast);
        var world = new WorldSimulator(new WorldOptions { Seed = 4 });
        rollout.Start(new FrameRenderer().Render(world, 64), world.Agent);
        var start = rollout.Pose;

        rollout.Step(AgentAction.Right, []);

        Assert.Equal((world.Agent.X, world.Agent.Y, world.Agent.WorldSize), (start.X, start.Y, start.WorldSize));
        // The camera stays on the pixel lattice whatever the (untrained) predictor says.
        var (cameraX, cameraY) = rollout.Pose.Camera();
        Assert.Equal(MathF.Round(cameraX), cameraX);
        Assert.Equal(MathF.Round(cameraY), cameraY);
    }

    [Fact]
    public void Start_WrongFrameSize_ThrowsNamingSizes()
    {
        using var model = Model();
        using var rollout = new ModelRollout(model, QualityMode.Fast);

        var error = Assert.Throws<ArgumentException>(() => rollout.Start(new byte[10], AgentKinematics.Start(new WorldOptions())));

        Assert.Contains("12288", error.Message);
    }

    [Fact]
    public void Step_BeforeStart_Throws()
    {
        using var model = Model();
        using var rollout = new ModelRollout(model, QualityMode.Fast);

        Assert.Throws<InvalidOperationException>(() => rollout.Step(AgentAction.Idle, []));
    }

    private static WorldModel Model()
    {
        random.manual_seed(11);
        var model = new WorldModel(Small);
        model.eval();
        return model;
    }

    private static (byte[] Frame, AgentKinematics Pose) WorldStart()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 4 });
        return (new FrameRenderer().Render(world, 64), world.Agent);
    }

    private static List<byte[]> Roll(WorldModel model, QualityMode mode, int frames, AgentAction action = AgentAction.Right)
    {
        using var rollout = new ModelRollout(model, mode);
        var (frame, pose) = WorldStart();
        rollout.Start(frame, pose);
        return [.. Enumerable.Range(0, frames).Select(_ => rollout.Step(action, [3]))];
    }
}
