using Research.Engine.Scenarios;
using Research.Engine.World;

namespace Research.Engine.Tests.Scenarios;

public sealed class ScenarioTimelineTests
{
    private const AgentAction I = AgentAction.Idle;
    private const AgentAction U = AgentAction.Up;
    private const AgentAction D = AgentAction.Down;
    private const AgentAction L = AgentAction.Left;
    private const AgentAction R = AgentAction.Right;

    [Fact]
    public void Expand_NoEvents_IdleUnpausedTicksForWholeDuration()
    {
        var scenario = Make(5);

        var timeline = ScenarioTimeline.Expand(scenario);

        Assert.Equal(5, timeline.Count);
        Assert.Equal(5, timeline.WorldFrameCount);
        Assert.All(timeline, t => Assert.Equal(new ScenarioTick(t.Index, I, false, null, null, false, null, null), t));
    }

    [Fact]
    public void Expand_ActionHold_HeldForHoldFramesThenIdle()
    {
        var scenario = Make(8, new ActionEvent(2, 0, R, 3));

        var actions = Actions(scenario);

        Assert.Equal([I, I, R, R, R, I, I, I], actions);
    }

    [Fact]
    public void Expand_LaterActionDuringHold_ReplacesEarlierHoldAndEndsIdle()
    {
        var scenario = Make(10, new ActionEvent(0, 0, R, 8), new ActionEvent(3, 0, U, 2));

        var actions = Actions(scenario);

        Assert.Equal([R, R, R, U, U, I, I, I, I, I], actions);
    }

    [Fact]
    public void Expand_EventsOutOfOrder_AppliedInFrameOrder()
    {
        var scenario = Make(10, new ActionEvent(3, 0, U, 2), new ActionEvent(0, 0, R, 8));

        var actions = Actions(scenario);

        Assert.Equal([R, R, R, U, U, I, I, I, I, I], actions);
    }

    [Fact]
    public void Expand_TwoActionsOnSameFrame_LaterInListWins()
    {
        var scenario = Make(4, new ActionEvent(1, 0, L, 2), new ActionEvent(1, 0, D, 1));

        var actions = Actions(scenario);

        Assert.Equal([I, D, I, I], actions);
    }

    [Fact]
    public void Expand_Sequence_EachActionForIntervalRepeated()
    {
        var scenario = Make(12, new SequenceEvent(1, 0, [U, R, D], 2, 2));

        var actions = Actions(scenario);

        Assert.Equal([I, U, U, R, R, D, D, U, U, R, R, D], actions);
    }

    [Fact]
    public void Expand_ActionDuringSequence_CutsTheSequenceShort()
    {
        var scenario = Make(8, new SequenceEvent(0, 0, [U, D], 1, 4), new ActionEvent(3, 0, L, 2));

        var actions = Actions(scenario);

        Assert.Equal([U, D, U, L, L, I, I, I], actions);
    }

    [Fact]
    public void Expand_HoldPastEnd_CutOffAtEnd()
    {
        var scenario = Make(4, new ActionEvent(2, 0, R, 100), new PauseEvent(3, 0, 100));

        var timeline = ScenarioTimeline.Expand(scenario);

        Assert.Equal([I, I, R, R], timeline.Select(t => t.Action));
        Assert.Equal([false, false, false, true], timeline.Select(t => t.Paused));
    }

    [Fact]
    public void Expand_Pause_PausedTicksKeepWallClockHold()
    {
        var scenario = Make(8, new ActionEvent(0, 0, R, 5), new PauseEvent(2, 0, 2), new PauseEvent(3, 0, 2));

        var timeline = ScenarioTimeline.Expand(scenario);

        Assert.Equal([false, false, true, true, true, false, false, false], timeline.Select(t => t.Paused));
        Assert.Equal([R, R, R, R, R, I, I, I], timeline.Select(t => t.Action));
        Assert.Equal(5, timeline.WorldFrameCount);
    }

    [Fact]
    public void Expand_OneOffChanges_AppearOnlyOnTheirTick()
    {
        var scenario = Make(
            6,
            new PromptEvent(1, 0, "snowy night"),
            new PresetEvent(1, 0, "snow"),
            new SoftResetEvent(2, 0),
            new RateEvent(3, 0, 4),
            new MarkEvent(4, 0, "A"),
            new PauseEvent(4, 0, 1));

        var timeline = ScenarioTimeline.Expand(scenario);

        Assert.Equal(new ScenarioTick(1, I, false, "snowy night", "snow", false, null, null), timeline[1]);
        Assert.Equal(new ScenarioTick(2, I, false, null, null, true, null, null), timeline[2]);
        Assert.Equal(new ScenarioTick(3, I, false, null, null, false, 4, null), timeline[3]);
        Assert.Equal(new ScenarioTick(4, I, true, null, null, false, null, "A"), timeline[4]);
        Assert.Equal(new ScenarioTick(5, I, false, null, null, false, null, null), timeline[5]);
    }

    [Fact]
    public void Expand_SameScenarioTwice_IdenticalTicks()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.PathOf("sustained-5min.json"));

        var first = ScenarioTimeline.Expand(scenario).ToList();
        var second = ScenarioTimeline.Expand(scenario).ToList();

        Assert.Equal(first, second);
    }

    [Fact]
    public void Expand_EventOutsideDuration_Throws()
    {
        var scenario = Make(4, new MarkEvent(4, 0, "late"));

        Assert.Throws<ArgumentException>(() => ScenarioTimeline.Expand(scenario));
    }

    [Fact]
    public void Indexer_OutOfRange_Throws()
    {
        var timeline = ScenarioTimeline.Expand(Make(3));

        Assert.Throws<ArgumentOutOfRangeException>(() => timeline[3]);
    }

    private static Scenario Make(int frames, params ScenarioEvent[] events) =>
        new("test", "", 1, "meadow", null, 10, true, frames, events, null);

    private static AgentAction[] Actions(Scenario scenario) => [.. ScenarioTimeline.Expand(scenario).Select(t => t.Action)];
}
