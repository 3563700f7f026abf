using System.Text.RegularExpressions;
using Research.Engine.Scenarios;
using Research.Engine.World;

namespace Research.Engine.Tests.Scenarios;

public sealed partial class ShippedScenarioTests
{
    [Theory]
    [InlineData("sustained-5min.json", 9000)]
    [InlineData("revisit-loop.json", 600)]
    [InlineData("idle-60s.json", 1800)]
    [InlineData("rapid-steering.json", 600)]
    [InlineData("prompt-storm.json", 360)]
    public void Load_ShippedFile_ExpandsToDurationTicks(string fileName, int expectedTicks)
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.PathOf(fileName));

        var timeline = ScenarioTimeline.Expand(scenario);

        Assert.Equal(Path.GetFileNameWithoutExtension(fileName), scenario.Name);
        Assert.Equal(expectedTicks, timeline.Count);
        Assert.Equal(Enumerable.Range(0, expectedTicks), timeline.Select(t => t.Index));
    }

    [Fact]
    public void Load_EveryJsonFileInFolder_LoadsWithoutErrors()
    {
        var files = Directory.GetFiles(ScenarioFiles.Directory, "*.json");

        var scenarios = files.Select(ScenarioLoader.Load).ToList();

        Assert.True(scenarios.Count >= 5, $"expected the five shipped scenarios, found {scenarios.Count}");
        Assert.All(scenarios, s => Assert.NotEmpty(s.Description));
    }

    [Fact]
    public void Parse_ReadmeExample_Loads()
    {
        var readme = File.ReadAllText(ScenarioFiles.PathOf("README.md"));
        var example = JsonBlock().Match(readme).Groups[1].Value;

        var scenario = ScenarioLoader.Parse(example, "README.md");

        Assert.Equal(9, scenario.Events.Count);
        Assert.Equal(ScenarioFormat.EventTypes.Count, scenario.Events.Select(e => e.GetType()).Distinct().Count());
    }

    [Fact]
    public void Expand_SustainedFiveMinutes_SwitchesPromptEveryTwentySeconds()
    {
        var timeline = ScenarioTimeline.Expand(ScenarioLoader.Load(ScenarioFiles.PathOf("sustained-5min.json")));

        var promptTicks = timeline.Where(t => t.Prompt is not null).Select(t => t.Index).ToList();

        Assert.Equal(Enumerable.Range(1, 14).Select(k => k * 600), promptTicks);
        Assert.Equal(14, timeline.Where(t => t.Prompt is not null).Select(t => t.Prompt).Distinct().Count());
        Assert.True(timeline.Count(t => t.Action != AgentAction.Idle) > timeline.Count / 2);
    }

    [Fact]
    public void Expand_RevisitLoop_ReturnsTheExactReverseWay()
    {
        var timeline = ScenarioTimeline.Expand(ScenarioLoader.Load(ScenarioFiles.PathOf("revisit-loop.json")));
        var marks = timeline.Where(t => t.Mark is not null).ToList();
        var b = marks[1].Index;

        var outward = Displacement(timeline.Take(b));
        var back = Displacement(timeline.Skip(b));

        Assert.Equal(["A", "B", "A"], marks.Select(t => t.Mark));
        Assert.True(timeline.Scenario.Explore);
        Assert.Equal((90, 60), outward);
        Assert.Equal((-90, -60), back);
        Assert.DoesNotContain(timeline, t => t.Action == AgentAction.Dash);
    }

    [Fact]
    public void Expand_IdleSixtySeconds_HasNoInputAtAll()
    {
        var timeline = ScenarioTimeline.Expand(ScenarioLoader.Load(ScenarioFiles.PathOf("idle-60s.json")));

        Assert.All(timeline, t => Assert.Equal(new ScenarioTick(t.Index, AgentAction.Idle, false, null, null, false, null, null), t));
    }

    [Fact]
    public void Expand_RapidSteering_ChangesActionEveryTick()
    {
        var timeline = ScenarioTimeline.Expand(ScenarioLoader.Load(ScenarioFiles.PathOf("rapid-steering.json")));

        var unchanged = timeline.Skip(1).Where(t => t.Action == timeline[t.Index - 1].Action).Select(t => t.Index).ToList();

        Assert.Empty(unchanged);
    }

    [Fact]
    public void Expand_PromptStorm_SwitchesPromptTenTimesInTenSecondsWhileSteering()
    {
        var timeline = ScenarioTimeline.Expand(ScenarioLoader.Load(ScenarioFiles.PathOf("prompt-storm.json")));

        var promptTicks = timeline.Where(t => t.Prompt is not null).Select(t => t.Index).ToList();

        Assert.Equal(10, promptTicks.Count);
        Assert.True(promptTicks[^1] < 10 * 30);
        Assert.Equal(4, timeline.Where(t => promptTicks.Contains(t.Index)).Select(t => t.Action).Distinct().Count());
    }

    private static (int Right, int Down) Displacement(IEnumerable<ScenarioTick> ticks)
    {
        var right = 0;
        var down = 0;
        foreach (var tick in ticks)
        {
            right += tick.Action switch { AgentAction.Right => 1, AgentAction.Left => -1, _ => 0 };
            down += tick.Action switch { AgentAction.Down => 1, AgentAction.Up => -1, _ => 0 };
        }
        return (right, down);
    }

    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
