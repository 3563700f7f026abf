using System.Collections.Concurrent;
using System.Threading.Channels;
using Research.Engine.Storage;

namespace Research.Workbench.Experiments;

/// <summary>
/// Runs sweeps in the background, one at a time from a queue, one cell at a time: each cell a fast (deterministic) scenario
/// replay through <see cref="Research.Engine.Sessions.ScenarioRunner"/>, stored as a session run tagged with the sweep id.
/// The service owns the sweeps, so a page that reloads re-attaches to them; their records live in the run store.
/// </summary>
/// <remarks>
/// Sweeps must not starve live sessions: cells run on one dedicated thread at a lower priority (nice 10 on Linux) that computes with
/// <see cref="ComputeThreadCount"/> TorchSharp thread, and with their own model instances, never the live sessions' model.
/// </remarks>
public sealed partial class SweepService(IRunStore store, SweepCatalog catalog, ILogger<SweepService> logger) : BackgroundService
{
    /// <summary>TorchSharp threads a sweep computes with: 1, leaving the other cores to live sessions.</summary>
    public const int ComputeThreadCount = 1;

    /// <summary>Frames between progress notifications of a running cell, so pages redraw a few times a second, not per frame.</summary>
    private const int NotifyEveryFrames = 15;

    private readonly Channel<SweepJob> _queue = Channel.CreateUnbounded<SweepJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, SweepJob> _jobs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _subscribersGate = new();
    private readonly List<Action> _subscribers = [];

    /// <summary>The scenario names a sweep may use.</summary>
    public IReadOnlyList<string> Scenarios => catalog.ScenarioNames();

    /// <summary>Whether mitigations on/off can be compared (the no-mitigations checkpoint is there).</summary>
    public bool CanCompareMitigations => catalog.HasNoMitigations;

    /// <summary>Validates <paramref name="request"/> and, when it is valid, stores the sweep's record and queues it.</summary>
    /// <returns>The queued sweep, or the problems that stopped it (each a sentence for the form).</returns>
    public SweepStart Start(SweepRequest request)
    {
        var problems = SweepPlanner.Plan(request, catalog, out var cells);
        if (problems.Count > 0)
        {
            return new SweepStart(null, problems);
        }
        var record = store.CreateRun(SweepRecords.New(request, cells));
        var job = new SweepJob(record.Id, record.Name ?? record.Id, record.CreatedAt, cells);
        _jobs[job.Id] = job;
        if (!_queue.Writer.TryWrite(job))
        {
            _jobs.TryRemove(job.Id, out _);
            store.CompleteRun(job.Id, RunStatus.Interrupted, SweepRecords.StoppedError);
            job.Dispose();
            return new SweepStart(null, ["The workbench is stopping; no sweep can start now."]);
        }
        Log.Queued(logger, job.Id, cells.Count);
        Notify();
        return new SweepStart(job.Snapshot(), []);
    }

    /// <summary>Cancels a queued or running sweep; the cell running stops within a frame and is stored as interrupted.</summary>
    /// <returns>Whether this process was running or queueing that sweep.</returns>
    public bool Cancel(string sweepId)
    {
        if (!_jobs.TryGetValue(sweepId, out var job))
        {
            return false;
        }
        if (job.TryCancelQueued())
        {
            // Not started: end it now rather than when the queue reaches it; the runner skips it then.
            Finish(job, RunStatus.Interrupted, SweepRecords.CancelledError);
            return true;
        }
        try
        {
            job.Cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            return false; // It finished meanwhile.
        }
        Notify();
        return true;
    }

    /// <summary>The newest sweeps, newest first: live progress for the ones this process runs, the stored record for the others.</summary>
    public IReadOnlyList<SweepProgress> Sweeps(int limit = 20)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return store.QueryRuns(new RunQuery { Kind = SweepRecords.Kind, Limit = limit })
            .Select(record => _jobs.TryGetValue(record.Id, out var job) ? job.Snapshot() : SweepRecords.FromRecord(record, FinishedCells(record.Id)))
            .ToArray();
    }

    /// <summary>One sweep, or null when there is none with that id.</summary>
    public SweepProgress? Find(string sweepId)
    {
        if (_jobs.TryGetValue(sweepId, out var job))
        {
            return job.Snapshot();
        }
        return store.GetRun(sweepId) is { Kind: SweepRecords.Kind } record ? SweepRecords.FromRecord(record, FinishedCells(record.Id)) : null;
    }

    /// <summary>The stored runs of a sweep's cells, newest first.</summary>
    public IReadOnlyList<RunDocument> Cells(string sweepId) =>
        store.QueryRuns(new RunQuery { Kind = "session", Tag = sweepId });

    /// <summary>Cells of a stored sweep that ran to their end (completed or failed); an interrupted cell's partial run does not count.</summary>
    private int FinishedCells(string sweepId) => Cells(sweepId).Count(r => r.Status is RunStatus.Completed or RunStatus.Failed);

    /// <summary>Calls <paramref name="changed"/> (on a background thread) when a sweep is queued, moves on or ends; dispose to stop.</summary>
    public IDisposable Subscribe(Action changed)
    {
        ArgumentNullException.ThrowIfNull(changed);
        lock (_subscribersGate)
        {
            _subscribers.Add(changed);
        }
        return new Subscription(this, changed);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await RunOnSweepThread(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: sweeps still queued are ended below.
        }
        finally
        {
            _queue.Writer.TryComplete();
            while (_queue.Reader.TryRead(out var queued))
            {
                Finish(queued, RunStatus.Interrupted, SweepRecords.StoppedError);
            }
        }
    }

    private void Notify()
    {
        Action[] subscribers;
        lock (_subscribersGate)
        {
            subscribers = [.. _subscribers];
        }
        foreach (var subscriber in subscribers)
        {
            try
            {
                subscriber();
            }
            catch (Exception e)
            {
                // A page that went away must not stop a sweep.
                Log.SubscriberFailed(logger, e);
            }
        }
    }

    private void Unsubscribe(Action changed)
    {
        lock (_subscribersGate)
        {
            _subscribers.Remove(changed);
        }
    }

    private sealed class Subscription(SweepService service, Action changed) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                service.Unsubscribe(changed);
            }
        }
    }
}
