using Research.Engine.Models;
using Research.Engine.Sessions;
using Research.Engine.Storage;

namespace Research.Engine.Tests.Sessions;

/// <summary>A run records every quality mode it ran in, with frames and time, not just the one it started in.</summary>
[Collection(TorchCollection.Name)]
public sealed class WorldSessionModeTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "session-mode-tests-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Dispose_SwitchedFromFastToQuality_RunStoresFramesAndTimeOfEach()
    {
        using var model = SessionTestModel.Create();
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _directory });
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { Mode = QualityMode.Fast }, store);
        var runId = session.RunId!;
        Frames(session, clock, 10);
        session.Submit(SessionInput.Mode("quality"));
        Frames(session, clock, 30);

        session.Dispose();

        var run = store.GetRun(runId)!;
        Assert.Equal(
            [("fast", 10, Math.Round(10 / 30.0, 6)), ("quality", 30, 1.0)],
            run.Modes.Select(m => (m.Mode, m.Frames, Math.Round(m.Seconds, 6))));
        Assert.Equal("quality 75%, fast 25%", ModeShares.Describe(run));
    }

    [Fact]
    public void MissedDeadlines_InSlowMode_CountAsItsTimeButNotWhilePaused()
    {
        using var model = SessionTestModel.Create();
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _directory });
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { Mode = QualityMode.Fast }, store);
        var runId = session.RunId!;
        Frames(session, clock, 10);
        session.Submit(SessionInput.Mode("quality"));
        Frames(session, clock, 10);
        session.MissedDeadlines(20);
        session.Submit(SessionInput.Control(InputKind.Pause));
        session.Next(clock);
        session.MissedDeadlines(1000);

        session.Dispose();

        var run = store.GetRun(runId)!;
        Assert.Equal([("fast", 10), ("quality", 10)], run.Modes.Select(m => (m.Mode, m.Frames)));
        Assert.Equal(1.0, run.Modes[1].Seconds, 6);
        Assert.Equal("quality 75%, fast 25%", ModeShares.Describe(run));
    }

    [Fact]
    public void Fork_AfterSwitch_ForkRunCarriesTheModesSoFar()
    {
        using var model = SessionTestModel.Create();
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _directory });
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { Mode = QualityMode.Fast });
        using var owned = session;
        Frames(session, clock, 5);
        session.Submit(SessionInput.Mode("balanced"));
        Frames(session, clock, 5);

        var fork = session.Fork(new SessionRecorder(store, new NewRun { Kind = "session" }));
        var forkId = fork.RunId!;
        Frames(fork, clock, 5);
        fork.Dispose();

        Assert.Equal([("fast", 5), ("balanced", 10)], store.GetRun(forkId)!.Modes.Select(m => (m.Mode, m.Frames)));
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static void Frames(WorldSession session, ManualTimeProvider clock, int count)
    {
        for (var i = 0; i < count; i++)
        {
            Assert.NotNull(session.Next(clock));
        }
    }
}
