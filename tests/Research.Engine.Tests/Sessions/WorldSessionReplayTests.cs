using Microsoft.Extensions.Time.Testing;
using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using Research.Engine.World;

namespace Research.Engine.Tests.Sessions;

[Collection(TorchCollection.Name)]
public sealed class WorldSessionReplayTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "session-replay-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public void RunFast_SameScenarioTwice_IdenticalFrames()
    {
        using var model = SessionTestModel.Create();
        var scenario = Scenario(150);

        var first = Replay(model, scenario);
        var second = Replay(model, scenario);

        Assert.Equal(first.Count, second.Count);
        Assert.True(first.Count > 100);
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First, pair.Second));
    }

    [Fact]
    public void Fork_SameInputs_IdenticalUntilInputsDiffer()
    {
        // The trained default: an untrained model barely reacts to actions, so the branches could not tell apart.
        var (model, _) = Checkpoint.Load(Models.DefaultModelTests.ShippedModel("default"));
        using var owned0 = model;
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { Mode = QualityMode.Balanced });
        using var owned = session;
        session.Submit(SessionInput.Act(AgentAction.Right));
        for (var i = 0; i < 20; i++)
        {
            session.Next(clock);
        }

        using var branch = session.Fork();
        var same = Enumerable.Range(0, 10).Select(_ => (session.Next(clock)!.Model, branch.Next(clock)!.Model)).ToList();
        session.Submit(SessionInput.Act(AgentAction.Down));
        branch.Submit(SessionInput.Act(AgentAction.Up));
        var apart = Enumerable.Range(0, 10).Select(_ => (session.Next(clock)!.Model, branch.Next(clock)!.Model)).ToList();

        Assert.All(same, pair => Assert.Equal(pair.Item1, pair.Item2));
        Assert.Contains(apart, pair => !pair.Item1.AsSpan().SequenceEqual(pair.Item2));
        Assert.Equal(session.Log().Inputs.Take(1), branch.Log().Inputs.Take(1));
        Assert.Equal(40, branch.Frame);
    }

    [Fact]
    public void End_RecordedSession_RunWithFramesInputsKeyFramesAndSummaries()
    {
        using var model = SessionTestModel.Create();
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _directory });
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { SummaryEveryFrames = 30 }, store);
        session.Submit(SessionInput.Act(AgentAction.Left));
        session.Submit(SessionInput.Rate(4));
        for (var i = 0; i < 65; i++)
        {
            session.Next(clock);
        }
        var runId = session.RunId!;

        session.Dispose();

        var run = store.GetRun(runId)!;
        var summaries = store.GetSummaries(runId);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal(65, run.LastFrame);
        Assert.Equal(65, store.GetFrames(runId).Count);
        Assert.Equal(2, store.GetInputs(runId).Count);
        Assert.Equal([30, 60], store.ListKeyFrames(runId));
        Assert.Equal([true, true, false], summaries.Select(s => s.Partial));
        Assert.Equal(4, summaries[^1].Values["rating_mean"]);
        Assert.True(summaries[^1].Values.ContainsKey("latency_p95_ms"));
    }

    [Fact]
    public async Task RunAsync_DrivenClock_FramesAtTheTargetRateForEverySession()
    {
        using var model = SessionTestModel.Create();
        var time = new FakeTimeProvider();
        using var one = new WorldSession(model, new SessionOptions(), time);
        using var two = new WorldSession(model, new SessionOptions { Seed = 2 }, time);
        var host = new SessionHost(time, 30);
        host.Add(one);
        host.Add(two);
        using var stop = new CancellationTokenSource();

        var loop = host.RunAsync(stop.Token);
        for (var i = 0; i < 30; i++)
        {
            time.Advance(TimeSpan.FromMilliseconds(1000.0 / 30));
            await WaitFor(() => one.Frame > i && two.Frame > i);
        }
        stop.Cancel();
        await loop;

        Assert.Equal(30, one.Frame);
        Assert.Equal(30, two.Frame);
    }

    private static async Task WaitFor(Func<bool> condition)
    {
        for (var i = 0; i < 1000 && !condition(); i++)
        {
            await Task.Delay(5);
        }
        Assert.True(condition());
    }

    private static List<byte[]> Replay(WorldModel model, Scenario scenario)
    {
        var driver = new ScenarioDriver(scenario, seed: 3);
        var clock = new ManualTimeProvider();
        using var session = new WorldSession(model, driver.Options(QualityMode.Balanced), clock);
        var frames = new List<byte[]>();
        driver.RunFast(session, clock, f => frames.Add(f.Model));
        return frames;
    }

    private static Scenario Scenario(int frames) => new(
        "replay-test", "", 5, "meadow", "sunny", 30, true, frames,
        [
            new ActionEvent(5, 0, AgentAction.Right, 40),
            new PromptEvent(50, 0, "snowy night"),
            new PauseEvent(60, 0, 10),
            new ActionEvent(80, 0, AgentAction.Down, 30),
            new SoftResetEvent(100, 0),
            new PresetEvent(120, 0, "desert"),
        ],
        null);
}
