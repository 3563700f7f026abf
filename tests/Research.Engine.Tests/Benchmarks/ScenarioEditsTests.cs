using Research.Engine.Benchmarks;
using Research.Engine.Scenarios;
using Research.Engine.World;

namespace Research.Engine.Tests.Benchmarks;

public sealed class ScenarioEditsTests
{
    private static readonly Scenario TenTicks = new(
        "ten", "", 1, "meadow", null, 10, true, 10,
        [new ActionEvent(2, 0, AgentAction.Right, 3), new PromptEvent(6, 0, "snowy night")], null);

    [Fact]
    public void Cut_ShorterLength_KeepsOnlyEventsBeforeTheEnd()
    {
        var cut = ScenarioEdits.Cut(TenTicks, 5);

        Assert.Equal(5, cut.DurationFrames);
        Assert.Equal([2], cut.Events.Select(e => e.Frame));
    }

    [Fact]
    public void Cut_LongerThanScenario_ReturnsItUnchanged()
    {
        Assert.Same(TenTicks, ScenarioEdits.Cut(TenTicks, 50));
    }

    [Fact]
    public void Repeat_TwoAndAHalfLengths_ShiftsEachCopyAndCutsTheLast()
    {
        var repeated = ScenarioEdits.Repeat(TenTicks, 25);

        Assert.Equal(25, repeated.DurationFrames);
        Assert.Equal([2, 6, 12, 16, 22], repeated.Events.Select(e => e.Frame));
        Assert.Equal(AgentAction.Right, ScenarioTimeline.Expand(repeated)[13].Action);
    }

    [Fact]
    public void WithSoftResets_EveryFourFromOne_AddsResetsInFrameOrder()
    {
        var reset = ScenarioEdits.WithSoftResets(TenTicks, 1, 4);

        Assert.Equal([1, 5, 9], reset.Events.OfType<SoftResetEvent>().Select(e => e.Frame));
        Assert.Equal(reset.Events.Select(e => e.Frame).Order(), reset.Events.Select(e => e.Frame));
    }
}
