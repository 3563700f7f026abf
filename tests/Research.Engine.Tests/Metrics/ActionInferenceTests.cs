using Research.Engine.Metrics;
using Research.Engine.World;

namespace Research.Engine.Tests.Metrics;

public sealed class ActionInferenceTests
{
    private const int Steps = 120;

    public static TheoryData<string, bool> PresetsAndWorlds()
    {
        var data = new TheoryData<string, bool>();
        foreach (var preset in ScenePresets.Names)
        {
            data.Add(preset, true);
            data.Add(preset, false);
        }
        return data;
    }

    [Theory]
    [InlineData(0f, 0f, AgentAction.Idle)]
    [InlineData(0.3f, -0.2f, AgentAction.Idle)]
    [InlineData(1f, 0f, AgentAction.Right)]
    [InlineData(-1f, 0.1f, AgentAction.Left)]
    [InlineData(0f, -1f, AgentAction.Up)]
    [InlineData(0f, 1.2f, AgentAction.Down)]
    [InlineData(3f, 0f, AgentAction.Dash)]
    [InlineData(0f, -3f, AgentAction.Dash)]
    [InlineData(0.8f, 0.8f, null)]
    [InlineData(1.8f, 0f, null)]
    [InlineData(6f, 0f, null)]
    [InlineData(float.NaN, 0f, null)]
    public void Classify_Motion_ExpectedAction(float dx, float dy, AgentAction? expected)
    {
        Assert.Equal(expected, ActionInference.Classify(dx, dy));
    }

    [Theory]
    [MemberData(nameof(PresetsAndWorlds))]
    public void Infer_ScriptedRunWithKnownCamera_AtLeast95PercentMatch(string preset, bool explore)
    {
        var run = GroundTruthRun.Render(GroundTruthRun.Scene(preset, "rain-night"), explore, Steps);

        var matches = Count(run, (previous, next) =>
            ActionInference.Infer(previous.Frame, next.Frame, 64, CameraShift.Between(previous.State, next.State)));

        Assert.True(matches >= 0.95 * Steps, $"{matches} of {Steps} match");
    }

    [Theory]
    [MemberData(nameof(PresetsAndWorlds))]
    public void Infer_ScriptedRunWithEstimatedCamera_AtLeast95PercentMatch(string preset, bool explore)
    {
        var run = GroundTruthRun.Render(GroundTruthRun.Scene(preset, "snow-night"), explore, Steps);

        var matches = Count(run, (previous, next) => ActionInference.Infer(previous.Frame, next.Frame, 64));

        Assert.True(matches >= 0.95 * Steps, $"{matches} of {Steps} match");
    }

    [Fact]
    public void Infer_SwappedFramesWithEstimatedCamera_MovesDoNotMatch()
    {
        var run = GroundTruthRun.Render(ScenePresets.Get("meadow"), explore: true, Steps);

        var (moves, matches) = CountSwappedMoves(run, (previous, next) => ActionInference.Infer(next.Frame, previous.Frame, 64));

        Assert.True(moves > Steps / 2, $"only {moves} moves");
        Assert.Equal(0, matches);
    }

    [Fact]
    public void Infer_SwappedFramesInArenaWithKnownCamera_MovesDoNotMatch()
    {
        var run = GroundTruthRun.Render(ScenePresets.Get("night-town"), explore: false, Steps);

        var (moves, matches) = CountSwappedMoves(run, (previous, next) =>
            ActionInference.Infer(next.Frame, previous.Frame, 64, CameraShift.Between(previous.State, next.State)));

        Assert.True(moves > Steps / 2, $"only {moves} moves");
        Assert.Equal(0, matches);
    }

    [Fact]
    public void Infer_FrozenFramesWithEstimatedCamera_Idle()
    {
        var run = GroundTruthRun.Render(ScenePresets.Get("desert"), explore: true, steps: 5, script: _ => AgentAction.Right);

        var motion = ActionInference.Infer(run[4].Frame, run[4].Frame, 64);

        Assert.Equal(AgentAction.Idle, motion.Action);
        Assert.False(ActionInference.Matches(motion, run[4].State, run[5].State));
    }

    [Fact]
    public void Infer_AgentMissing_NoAction()
    {
        var run = GroundTruthRun.Render(ScenePresets.Default, explore: true, steps: 1);
        var blank = Enumerable.Repeat((byte)90, 64 * 64 * 3).ToArray();

        var motion = ActionInference.Infer(run[0].Frame, blank, 64, CameraShift.None);

        Assert.Null(motion.Action);
        Assert.False(motion.Next.Found);
        Assert.True(float.IsNaN(motion.Dx));
    }

    [Fact]
    public void Matches_DashTheWrongWay_False()
    {
        var run = GroundTruthRun.Render(ScenePresets.Default, explore: false, steps: 3, script: i => i == 0 ? AgentAction.Right : AgentAction.Dash);
        var (previous, next) = (run[2].State, run[3].State);
        var right = new InferredMotion(AgentAction.Dash, 3f, 0f, CameraShift.None, AgentLocation.None, AgentLocation.None);
        var left = right with { Dx = -3f };

        Assert.Equal(AgentAction.Dash, ActionInference.Expected(previous, next));
        Assert.True(ActionInference.Matches(right, previous, next));
        Assert.False(ActionInference.Matches(left, previous, next));
    }

    private static int Count(IReadOnlyList<RenderedStep> run, Func<RenderedStep, RenderedStep, InferredMotion> infer)
    {
        var matches = 0;
        for (var t = 1; t < run.Count; t++)
        {
            matches += ActionInference.Matches(infer(run[t - 1], run[t]), run[t - 1].State, run[t].State) ? 1 : 0;
        }
        return matches;
    }

    private static (int Moves, int Matches) CountSwappedMoves(IReadOnlyList<RenderedStep> run, Func<RenderedStep, RenderedStep, InferredMotion> inferSwapped)
    {
        int moves = 0, matches = 0;
        for (var t = 1; t < run.Count; t++)
        {
            if (ActionInference.Expected(run[t - 1].State, run[t].State) is AgentAction.Idle or null)
            {
                continue;
            }
            moves++;
            matches += ActionInference.Matches(inferSwapped(run[t - 1], run[t]), run[t - 1].State, run[t].State) ? 1 : 0;
        }
        return (moves, matches);
    }
}
