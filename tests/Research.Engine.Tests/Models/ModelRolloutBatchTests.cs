using Research.Engine.Models;
using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Models;

[Collection(TorchCollection.Name)]
public sealed class ModelRolloutBatchTests
{
    private static readonly ModelConfig Small = new() { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8, UpsamplerWidth = 8 };

    [Theory]
    [InlineData("fast")]
    [InlineData("balanced")]
    [InlineData("quality")]
    public void StepBatch_SameModeSessions_MatchesIndividualSteps(string mode)
    {
        using var model = Model();
        var modes = Enumerable.Repeat(QualityMode.Parse(mode), 4).ToArray();

        var (individual, batched) = RollBothWays(model, modes, frames: 8);

        AssertClose(individual, batched);
    }

    [Fact]
    public void StepBatch_MixedModes_MatchesIndividualSteps()
    {
        using var model = Model();
        QualityMode[] modes =
        [
            QualityMode.Quality, QualityMode.Fast, QualityMode.Balanced, QualityMode.Fast,
            QualityMode.Balanced with { ContextNoise = 0.3f }, QualityMode.Quality with { RefineSteps = 1, MemoryFrames = 0 },
        ];

        var (individual, batched) = RollBothWays(model, modes, frames: 10);

        AssertClose(individual, batched);
        Assert.Equal([128 * 128 * 3, 64 * 64 * 3, 64 * 64 * 3, 64 * 64 * 3, 64 * 64 * 3, 128 * 128 * 3], batched[^1].Select(f => f.Length));
    }

    [Fact]
    public void StepBatch_OneRollout_IdenticalToStep()
    {
        using var model = Model();

        var (individual, batched) = RollBothWays(model, [QualityMode.Quality], frames: 5);

        Assert.Equal(individual, batched);
    }

    [Fact]
    public void StepBatch_AdvancesPoseAndFrame_LikeStep()
    {
        using var model = Model();
        using var single = Started(model, QualityMode.Fast);
        using var batched = Started(model, QualityMode.Fast);

        single.Step(AgentAction.Dash, []);
        ModelRollout.StepBatch([batched], [AgentAction.Dash], [[]]);

        Assert.Equal(single.Pose, batched.Pose);
        Assert.Equal(1, batched.Frame);
    }

    [Fact]
    public void StepBatch_Empty_ReturnsNoFrames()
    {
        Assert.Empty(ModelRollout.StepBatch([], [], []));
    }

    [Fact]
    public void StepBatch_DifferentModels_ThrowsNamingIndex()
    {
        using var model = Model();
        using var other = Model();
        using var first = Started(model, QualityMode.Fast);
        using var second = Started(model, QualityMode.Fast);
        using var stranger = Started(other, QualityMode.Fast);

        var error = Assert.Throws<ArgumentException>(() =>
            ModelRollout.StepBatch([first, second, stranger], [AgentAction.Idle, AgentAction.Idle, AgentAction.Idle], [[], [], []]));

        Assert.Contains("rollouts[2]", error.Message);
        Assert.Equal(0, first.Frame);
    }

    [Theory]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    [InlineData(3, 2)]
    public void StepBatch_MismatchedLengths_Throws(int actions, int prompts)
    {
        using var model = Model();
        using var first = Started(model, QualityMode.Fast);
        using var second = Started(model, QualityMode.Fast);

        Assert.Throws<ArgumentException>(() => ModelRollout.StepBatch(
            [first, second], [.. Enumerable.Repeat(AgentAction.Idle, actions)], [.. Enumerable.Repeat<IReadOnlyList<int>>([], prompts)]));
        Assert.Equal(0, first.Frame);
    }

    [Fact]
    public void StepBatch_SameRolloutTwice_ThrowsNamingIndex()
    {
        using var model = Model();
        using var rollout = Started(model, QualityMode.Fast);

        var error = Assert.Throws<ArgumentException>(() => ModelRollout.StepBatch([rollout, rollout], [AgentAction.Idle, AgentAction.Idle], [[], []]));

        Assert.Contains("rollouts[1]", error.Message);
    }

    [Fact]
    public void StepBatch_OneNotStarted_ThrowsAndAdvancesNone()
    {
        using var model = Model();
        using var started = Started(model, QualityMode.Fast);
        using var fresh = new ModelRollout(model, QualityMode.Fast);

        var error = Assert.Throws<InvalidOperationException>(() => ModelRollout.StepBatch([started, fresh], [AgentAction.Idle, AgentAction.Idle], [[], []]));

        Assert.Contains("rollouts[1]", error.Message);
        Assert.Equal(0, started.Frame);
    }

    private static WorldModel Model()
    {
        random.manual_seed(11);
        var model = new WorldModel(Small);
        model.eval();
        return model;
    }

    private static ModelRollout Started(WorldModel model, QualityMode mode, int seed = 4)
    {
        var rollout = new ModelRollout(model, mode);
        var world = new WorldSimulator(new WorldOptions { Seed = seed });
        rollout.Start(new FrameRenderer().Render(world, 64), world.Agent);
        return rollout;
    }

    /// <summary>Frame by frame, every session's output stepped alone and stepped in one batch; sessions differ in start, actions and prompt.</summary>
    private static (List<byte[][]> Individual, List<byte[][]> Batched) RollBothWays(WorldModel model, QualityMode[] modes, int frames)
    {
        var alone = modes.Select((m, i) => Started(model, m, seed: 4 + i)).ToArray();
        var together = modes.Select((m, i) => Started(model, m, seed: 4 + i)).ToArray();
        try
        {
            var individual = new List<byte[][]>();
            var batched = new List<byte[][]>();
            for (var f = 0; f < frames; f++)
            {
                var actions = modes.Select((_, i) => AgentActions.All[(f * 3 + i) % AgentActions.All.Count]).ToArray();
                var prompts = modes.Select((_, i) => (IReadOnlyList<int>)[1 + i % 5, 2]).ToArray();
                individual.Add([.. alone.Select((r, i) => r.Step(actions[i], prompts[i]))]);
                batched.Add([.. ModelRollout.StepBatch(together, actions, prompts)]);
            }
            return (individual, batched);
        }
        finally
        {
            foreach (var rollout in alone.Concat(together))
            {
                rollout.Dispose();
            }
        }
    }

    private static void AssertClose(List<byte[][]> individual, List<byte[][]> batched)
    {
        for (var f = 0; f < individual.Count; f++)
        {
            for (var s = 0; s < individual[f].Length; s++)
            {
                Assert.Equal(individual[f][s].Length, batched[f][s].Length);
                var worst = individual[f][s].Zip(batched[f][s], (a, b) => Math.Abs(a - b)).Max();
                Assert.True(worst <= 1, $"frame {f + 1}, session {s}: bytes differ by up to {worst}");
            }
        }
    }
}
