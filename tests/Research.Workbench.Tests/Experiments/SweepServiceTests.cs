using Research.Engine.Storage;
using Research.Workbench.Experiments;

namespace Research.Workbench.Tests.Experiments;

[Collection(TorchCollection.Name)]
public sealed class SweepServiceTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);
    private readonly SweepFixture _fixture = new();

    [Fact]
    public async Task Start_SmallSweepWithTheRealModel_FinishesAndStoresTaggedRuns()
    {
        var token = TestContext.Current.CancellationToken;
        using var service = _fixture.NewService();
        await service.StartAsync(token);
        var notified = 0;
        using var subscription = service.Subscribe(() => Interlocked.Increment(ref notified));

        var start = service.Start(new SweepRequest(["tiny"], ["fast"], 2, true));
        var id = start.Sweep!.Id;
        var done = await WaitFor(service, id, s => !s.IsActive, token);

        Assert.Equal(SweepState.Completed, done.State);
        Assert.Equal((4, 4), (done.TotalCells, done.DoneCells));
        var runs = service.Cells(id);
        Assert.Equal(4, runs.Count);
        Assert.All(runs, r => Assert.Equal((RunStatus.Completed, "session", "tiny", "fast"), (r.Status, r.Kind, r.Scenario, r.QualityMode)));
        Assert.All(runs, r => Assert.Contains(id, r.Tags));
        Assert.All(runs, r => Assert.Equal(RunOrigin.Sweep, RunOrigins.Of(r)));
        Assert.All(runs, r => Assert.Equal("sweep", r.Config[RunOrigins.ConfigKey]));
        Assert.All(runs, r => Assert.NotNull(_fixture.Store.GetLatestSummary(r.Id)));
        Assert.Equal([7, 8], runs.Select(r => r.Seed!.Value).Distinct().Order());
        Assert.Equal(["default", "no-mitigations"], runs.Select(r => r.Checkpoint!).Distinct().Order());
        Assert.Equal(RunStatus.Completed, _fixture.Store.GetRun(id)!.Status);
        Assert.True(notified > 2);
        await service.StopAsync(token);
    }

    [Fact]
    public async Task Cancel_RunningSweep_CancelledAndItsCellInterrupted()
    {
        var token = TestContext.Current.CancellationToken;
        using var service = _fixture.NewService();
        await service.StartAsync(token);
        var id = service.Start(new SweepRequest(["long"], ["fast"], 2, false)).Sweep!.Id;
        await WaitFor(service, id, s => s.CurrentFrame > 0, token);

        Assert.True(service.Cancel(id));
        var done = await WaitFor(service, id, s => !s.IsActive, token);

        Assert.Equal(SweepState.Cancelled, done.State);
        Assert.Equal(0, done.DoneCells);
        var record = _fixture.Store.GetRun(id)!;
        Assert.Equal((RunStatus.Interrupted, "cancelled"), (record.Status, record.Error));
        var cell = Assert.Single(service.Cells(id));
        Assert.Equal(RunStatus.Interrupted, cell.Status);
        Assert.False(service.Cancel(id));
        await service.StopAsync(token);
    }

    [Fact]
    public void Cancel_QueuedSweep_CancelledAtOnce()
    {
        using var service = _fixture.NewService();
        var id = service.Start(new SweepRequest(["tiny"], ["fast"], 1, false)).Sweep!.Id;

        Assert.True(service.Cancel(id));

        Assert.Equal(SweepState.Cancelled, service.Find(id)!.State);
        Assert.Equal((RunStatus.Interrupted, "cancelled"), (_fixture.Store.GetRun(id)!.Status, _fixture.Store.GetRun(id)!.Error));
        Assert.Empty(service.Cells(id));
    }

    [Fact]
    public async Task Stop_WhileRunning_RecordEndsInterrupted()
    {
        var token = TestContext.Current.CancellationToken;
        using var service = _fixture.NewService();
        await service.StartAsync(token);
        var id = service.Start(new SweepRequest(["long"], ["fast"], 1, false)).Sweep!.Id;
        await WaitFor(service, id, s => s.CurrentFrame > 0, token);

        await service.StopAsync(token);

        var shown = service.Find(id)!;
        Assert.Equal(SweepState.Interrupted, shown.State);
        Assert.Equal("the workbench stopped", shown.Error);
    }

    [Fact]
    public void Sweeps_RecordLeftRunningByAStoppedProcess_InterruptedAfterRestart()
    {
        string id;
        using (var before = _fixture.NewService())
        {
            // Queued but never run: the hosted loop is not started, as in a process killed right after the launch.
            id = before.Start(new SweepRequest(["tiny"], ["fast"], 1, false)).Sweep!.Id;
            Assert.Equal(SweepState.Queued, before.Find(id)!.State);
        }

        _fixture.ReopenStore();
        using var after = _fixture.NewService();

        var shown = Assert.Single(after.Sweeps());
        Assert.Equal((id, SweepState.Interrupted, 1, 0), (shown.Id, shown.State, shown.TotalCells, shown.DoneCells));
        Assert.Contains(id, _fixture.Store.InterruptedRunIds);
    }

    public void Dispose() => _fixture.Dispose();

    private static async Task<SweepProgress> WaitFor(SweepService service, string id, Func<SweepProgress, bool> condition, CancellationToken token)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (true)
        {
            var sweep = service.Find(id)!;
            if (condition(sweep))
            {
                return sweep;
            }
            Assert.True(DateTime.UtcNow < deadline, $"Sweep {id} is still {sweep.State} at {sweep.DoneCells}/{sweep.TotalCells}.");
            await Task.Delay(100, token);
        }
    }
}
