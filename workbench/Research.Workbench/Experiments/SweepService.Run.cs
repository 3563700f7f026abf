using Research.Engine.Compute;
using Research.Engine.Models;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using TorchSharp;

namespace Research.Workbench.Experiments;

/// <summary>Running one sweep on its own thread.</summary>
public sealed partial class SweepService
{
    private Task RunOnSweepThread(SweepJob job, CancellationToken stoppingToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                RunSweep(job, stoppingToken);
                done.SetResult();
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        })
        {
            IsBackground = true,
            Name = "sweep",
        };
        thread.Start();
        return done.Task;
    }

    private void RunSweep(SweepJob job, CancellationToken stoppingToken)
    {
        if (!job.TryStart())
        {
            return; // Cancelled while queued, and already ended.
        }
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation.Token, stoppingToken);
        var models = new Dictionary<string, WorldModel>(StringComparer.Ordinal);
        var status = RunStatus.Completed;
        string? error = null;
        try
        {
            // libtorch keeps the thread count per calling thread: this one computes with one, whatever the live loop uses.
            torch.set_num_threads(ComputeThreadCount);
            if (!LowPriority.ApplyToCurrentThread())
            {
                Log.PriorityNotLowered(logger, job.Id);
            }
            Log.Started(logger, job.Id);
            Notify();
            foreach (var cell in job.Cells)
            {
                stop.Token.ThrowIfCancellationRequested();
                RunCell(job, cell, models, stop.Token);
            }
            if (job.Failed > 0)
            {
                (status, error) = (RunStatus.Failed, $"{job.Failed} of {job.Cells.Count} cells failed; the first: {job.FirstError}");
            }
        }
        catch (OperationCanceledException)
        {
            (status, error) = (RunStatus.Interrupted, stoppingToken.IsCancellationRequested ? SweepRecords.StoppedError : SweepRecords.CancelledError);
        }
        catch (Exception e)
        {
            (status, error) = (RunStatus.Failed, e.Message);
            Log.SweepFailed(logger, job.Id, e);
        }
        finally
        {
            foreach (var model in models.Values)
            {
                model.Dispose();
            }
            Finish(job, status, error);
        }
    }

    private void RunCell(SweepJob job, SweepCell cell, Dictionary<string, WorldModel> models, CancellationToken cancellationToken)
    {
        try
        {
            if (!models.TryGetValue(cell.Checkpoint, out var model))
            {
                // The sweep's own instance: the live sessions' model is never stepped from this thread.
                model = Checkpoint.Load(catalog.CheckpointDirectory(cell.Checkpoint), ComputeDevice.Select()).Model;
                models.Add(cell.Checkpoint, model);
            }
            var scenario = catalog.LoadScenario(cell.Scenario) with { Seed = cell.Seed };
            job.StartCell(cell, new ScenarioDriver(scenario).Timeline.WorldFrameCount);
            Notify();
            var options = new ScenarioRunOptions(scenario, QualityMode.Parse(cell.Mode), Realtime: false, Checkpoint: cell.Checkpoint, Tags: [job.Id], Origin: RunOrigin.Sweep);
            var progress = new InlineProgress(frame =>
            {
                job.Frame(frame);
                if (frame % NotifyEveryFrames == 0)
                {
                    Notify();
                }
            });
            // Fast replay runs synchronously on this thread (no awaits), so the thread count and priority above apply to it.
            ScenarioRunner.RunAsync(model, options, store, progress, cancellationToken).GetAwaiter().GetResult();
            job.CellDone();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (Exception e)
        {
            Log.CellFailed(logger, job.Id, cell.ToString(), e);
            job.CellFailed($"{cell}: {e.Message}");
        }
        Notify();
    }

    private void Finish(SweepJob job, RunStatus status, string? error)
    {
        if (!_jobs.TryRemove(job.Id, out _))
        {
            return; // Already ended (a queued sweep cancelled while the service was stopping).
        }
        try
        {
            store.CompleteRun(job.Id, status, error);
        }
        catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or RunStoreException or ObjectDisposedException)
        {
            // The record was ended or removed elsewhere, or the store is already closed at shutdown: the next start marks it interrupted.
            Log.RecordNotEnded(logger, job.Id, e);
        }
        job.Dispose();
        Log.Ended(logger, job.Id, status, error);
        Notify();
    }

    /// <summary>Reports progress on the reporting thread, unlike <see cref="Progress{T}"/>, which posts to the thread pool.</summary>
    private sealed class InlineProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
