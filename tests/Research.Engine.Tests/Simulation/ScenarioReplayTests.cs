using Research.Engine.Scenarios;
using Research.Engine.Simulation;
using Research.Engine.Tests.Scenarios;
using Research.Engine.World;

namespace Research.Engine.Tests.Simulation;

public sealed class ScenarioReplayTests
{
    [Fact]
    public void Run_RevisitLoop_AgentReturnsExactlyAndLeavesTheStartOutOfView()
    {
        var replay = new ScenarioReplay(ScenarioLoader.Load(ScenarioFiles.PathOf("revisit-loop.json")), 64);
        var start = replay.World.Snapshot();

        var marks = replay.Run(TestContext.Current.CancellationToken).Where(f => f.Inputs.Any(i => i.Kind == "mark")).Select(f => f.State).ToList();

        Assert.Equal(3, marks.Count);
        var startView = start.VisibleTiles;
        var atB = marks[1].VisibleTiles;
        Assert.True(atB.X0 > startView.X1 || atB.Y0 > startView.Y1, "the start area must leave the view at B");
        Assert.Equal((marks[0].Agent.X, marks[0].Agent.Y), (marks[2].Agent.X, marks[2].Agent.Y));
        Assert.Equal(marks[0].VisibleTiles, marks[2].VisibleTiles);
    }

    [Fact]
    public void Run_SameScenarioTwice_IdenticalFrames()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.PathOf("prompt-storm.json"));

        var first = new ScenarioReplay(scenario, 64).Run(TestContext.Current.CancellationToken).Select(f => f.Rgb).ToList();
        var second = new ScenarioReplay(scenario, 64).Run(TestContext.Current.CancellationToken).Select(f => f.Rgb).ToList();

        Assert.Equal(first.Count, second.Count);
        Assert.All(Enumerable.Range(0, first.Count), i => Assert.Equal(first[i], second[i]));
    }

    [Fact]
    public void Run_PromptStorm_AppliesEveryPromptAndKeepsTheAgent()
    {
        var scenario = ScenarioLoader.Load(ScenarioFiles.PathOf("prompt-storm.json"));
        var timeline = ScenarioTimeline.Expand(scenario);

        var frames = new ScenarioReplay(scenario, 64).Run(TestContext.Current.CancellationToken).ToList();

        var prompts = frames.SelectMany(f => f.Inputs).Where(i => i.Kind == "prompt").ToList();
        Assert.Equal(timeline.Count(t => t.Prompt is not null), prompts.Count);
        Assert.True(frames.Select(f => f.State.Scene.Preset).Distinct().Count() >= 3);
    }

    [Fact]
    public void Run_PausedTicks_ProduceNoFrames()
    {
        var scenario = ScenarioLoader.Parse(
            """{ "name": "p", "description": "", "seed": 1, "preset": "meadow", "duration": 2, "events": [ { "at": 0.5, "type": "pause", "duration": 1 } ] }""",
            "inline");

        var frames = new ScenarioReplay(scenario, 64).Run(TestContext.Current.CancellationToken).ToList();

        Assert.Equal(30, frames.Count);
        Assert.Equal(30, frames[^1].State.Frame);
        Assert.Contains(frames.SelectMany(f => f.Inputs), i => i.Kind == "pause");
    }

    [Fact]
    public void ShippedScenarios_Prompts_ParseWithoutWarnings()
    {
        foreach (var file in Directory.GetFiles(ScenarioFiles.Directory, "*.json"))
        {
            var scenario = ScenarioLoader.Load(file);
            var texts = scenario.Events.OfType<PromptEvent>().Select(p => p.Text).Append(scenario.Prompt ?? "");

            Assert.All(texts, text => Assert.Empty(PromptParser.Parse(text, ScenePresets.Default).Warnings));
        }
    }
}
