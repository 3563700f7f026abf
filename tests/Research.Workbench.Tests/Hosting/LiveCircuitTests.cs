using Microsoft.Extensions.Time.Testing;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using Research.Workbench.Hosting;

namespace Research.Workbench.Tests.Hosting;

/// <summary>A circuit's sessions end a few seconds after its connection drops, not when Blazor gives the circuit up.</summary>
[Collection(TorchCollection.Name)]
public sealed class LiveCircuitTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly LiteDbRunStore _store;
    private readonly FakeTimeProvider _time = new();
    private readonly SessionHost _host;
    private readonly SessionRegistry _registry;

    public LiveCircuitTests()
    {
        _store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _data.Path });
        _host = new SessionHost(_time, 30);
        _registry = new SessionRegistry(SmallModel.Instance, _host, _store, _time);
    }

    [Fact]
    public async Task OnConnectionDownAsync_NotBackWithinGrace_EndsOwnedSessionsAndCompletesRuns()
    {
        using var circuit = new LiveCircuit(_registry, _time);
        var session = _registry.Start(new SessionOptions());
        session.Tick();
        circuit.Own(session);

        await circuit.OnConnectionDownAsync(null!, TestContext.Current.CancellationToken);
        _time.Advance(LiveCircuit.DisconnectGrace);

        Assert.Empty(_registry.Live);
        Assert.Empty(_host.Sessions);
        Assert.Empty(circuit.Owned);
        Assert.Equal(RunStatus.Completed, _store.GetRun(session.RunId!)!.Status);
    }

    [Fact]
    public async Task OnConnectionUpAsync_WithinGrace_SessionKept()
    {
        using var circuit = new LiveCircuit(_registry, _time);
        var session = _registry.Start(new SessionOptions());
        circuit.Own(session);

        await circuit.OnConnectionDownAsync(null!, TestContext.Current.CancellationToken);
        _time.Advance(LiveCircuit.DisconnectGrace / 2);
        await circuit.OnConnectionUpAsync(null!, TestContext.Current.CancellationToken);
        _time.Advance(TimeSpan.FromMinutes(5));

        Assert.Same(session, Assert.Single(_registry.Live));
        Assert.Equal(RunStatus.Running, _store.GetRun(session.RunId!)!.Status);
    }

    [Fact]
    public async Task OnCircuitClosedAsync_EndsAtOnceAndLaterSessionsToo()
    {
        using var circuit = new LiveCircuit(_registry, _time);
        var session = _registry.Start(new SessionOptions());
        circuit.Own(session);

        await circuit.OnCircuitClosedAsync(null!, TestContext.Current.CancellationToken);
        var late = _registry.Start(new SessionOptions());
        circuit.Own(late);

        Assert.Empty(_registry.Live);
        Assert.Equal(RunStatus.Completed, _store.GetRun(session.RunId!)!.Status);
        Assert.Equal(RunStatus.Completed, _store.GetRun(late.RunId!)!.Status);
    }

    [Fact]
    public async Task OnConnectionDownAsync_SessionAlreadyEndedByThePage_NothingBreaks()
    {
        using var circuit = new LiveCircuit(_registry, _time);
        var session = _registry.Start(new SessionOptions());
        circuit.Own(session);
        _registry.End(session);

        await circuit.OnConnectionDownAsync(null!, TestContext.Current.CancellationToken);
        _time.Advance(LiveCircuit.DisconnectGrace);

        Assert.Empty(_registry.Live);
        Assert.Equal(RunStatus.Completed, _store.GetRun(session.RunId!)!.Status);
    }

    public void Dispose()
    {
        _registry.Dispose();
        _store.Dispose();
        _data.Dispose();
    }
}
