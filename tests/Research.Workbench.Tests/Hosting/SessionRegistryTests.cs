using Research.Engine.Sessions;
using Research.Engine.Storage;
using Research.Workbench.Hosting;

namespace Research.Workbench.Tests.Hosting;

[Collection(TorchCollection.Name)]
public sealed class SessionRegistryTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly LiteDbRunStore _store;

    public SessionRegistryTests() => _store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _data.Path });

    [Fact]
    public async Task Start_OnRunningHost_DeliversFramesAndStoresRun()
    {
        var host = new SessionHost(TimeProvider.System, 30);
        using var stop = new CancellationTokenSource();
        var loop = host.RunAsync(stop.Token);
        using var registry = new SessionRegistry(SharedModel.Instance, host, _store, TimeProvider.System);

        var session = registry.Start(new SessionOptions());
        using var subscription = session.Subscribe(4);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        var frame = await subscription.Frames.ReadAsync(timeout.Token);
        registry.End(session);
        await stop.CancelAsync();
        await loop;

        Assert.True(frame.Frame >= 1);
        Assert.Empty(registry.Live);
        Assert.Empty(host.Sessions);
        var run = _store.GetRun(session.RunId!);
        Assert.NotNull(run);
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal("session", run.Kind);
        Assert.Equal("default", run.Checkpoint);
    }

    [Fact]
    public void Dispose_LiveSessions_EndsThemAndCompletesRuns()
    {
        var host = new SessionHost(TimeProvider.System, 30);
        var registry = new SessionRegistry(SharedModel.Instance, host, _store, TimeProvider.System);
        var session = registry.Start(new SessionOptions { Preset = "desert" });
        session.Tick();

        registry.Dispose();

        Assert.Equal(RunStatus.Completed, _store.GetRun(session.RunId!)!.Status);
        Assert.Empty(host.Sessions);
    }

    [Fact]
    public void Start_UnknownPreset_Throws()
    {
        using var registry = new SessionRegistry(SharedModel.Instance, new SessionHost(TimeProvider.System, 30), _store, TimeProvider.System);

        Assert.Throws<ArgumentException>(() => registry.Start(new SessionOptions { Preset = "moon" }));
        Assert.Empty(_store.QueryRuns(new RunQuery()));
    }

    public void Dispose()
    {
        _store.Dispose();
        _data.Dispose();
    }

    [Fact]
    public void Fork_NobodyClaimsIt_EndedAfterTimeout()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var host = new SessionHost(time, 30);
        using var registry = new SessionRegistry(SharedModel.Instance, host, _store, time);
        var parent = registry.Start(new SessionOptions());
        var fork = registry.Fork(parent);

        time.Advance(SessionRegistry.ForkClaimTimeout + TimeSpan.FromSeconds(1));

        Assert.Equal([parent], registry.Live);
        Assert.Equal(RunStatus.Completed, _store.GetRun(fork.RunId!)!.Status);
        Assert.Null(registry.Claim(fork.RunId));
    }

    [Fact]
    public void Fork_Live_BothRunsRecordedLiveAndTheForkNamesItsParent()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var registry = new SessionRegistry(SharedModel.Instance, new SessionHost(time, 30), _store, time);
        var parent = registry.Start(new SessionOptions());

        var fork = registry.Fork(parent);

        var (parentRun, forkRun) = (_store.GetRun(parent.RunId!)!, _store.GetRun(fork.RunId!)!);
        Assert.Equal((RunOrigin.Live, RunOrigin.Live), (RunOrigins.Of(parentRun), RunOrigins.Of(forkRun)));
        Assert.Equal((null, parent.RunId), (RunOrigins.ForkOf(parentRun), RunOrigins.ForkOf(forkRun)));
    }

    [Fact]
    public void Claim_ForkOnce_SecondClaimAndBadIdsGetNothing()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        var host = new SessionHost(time, 30);
        using var registry = new SessionRegistry(SharedModel.Instance, host, _store, time);
        var parent = registry.Start(new SessionOptions());
        var fork = registry.Fork(parent);

        var claimed = registry.Claim(fork.RunId!.ToUpperInvariant());
        time.Advance(SessionRegistry.ForkClaimTimeout * 2);

        Assert.Same(fork, claimed);
        Assert.Null(registry.Claim(fork.RunId));
        Assert.Null(registry.Claim(parent.RunId));
        Assert.Null(registry.Claim(null));
        Assert.Null(registry.Claim(new string('x', 500)));
        Assert.Equal(2, registry.Live.Count);
    }
}
