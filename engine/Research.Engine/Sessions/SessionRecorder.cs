using System.Threading.Channels;
using Research.Engine.Storage;

namespace Research.Engine.Sessions;

/// <summary>
/// Writes a session's run to the store on a background task, in the order the session hands the work over, so the
/// frame loop never waits for the disk. The run is created at once (its id is known from the start); frames, inputs,
/// key frames and partial summaries follow in batches; <see cref="Finish"/> writes the rest and ends the run.
/// </summary>
/// <remarks>
/// A store failure (a full disk, say) stops further writes but not the session; <see cref="Finish"/> then throws it.
/// What was flushed before stays readable, as after a crash.
/// </remarks>
public sealed class SessionRecorder
{
    private readonly IRunStore _store;
    private readonly Channel<Action<IRunStore>> _work = Channel.CreateUnbounded<Action<IRunStore>>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task _worker;
    private Exception? _fault;

    /// <summary>Creates the run in <paramref name="store"/> and starts the writer.</summary>
    public SessionRecorder(IRunStore store, NewRun run)
    {
        _store = store;
        RunId = store.CreateRun(run).Id;
        _worker = Task.Run(WriteAsync);
    }

    /// <summary>The run being written.</summary>
    public string RunId { get; }

    /// <summary>The store written to.</summary>
    public IRunStore Store => _store;

    /// <summary>The first store failure, if any.</summary>
    public Exception? Fault => Volatile.Read(ref _fault);

    internal void Enqueue(Action<IRunStore> work) => _work.Writer.TryWrite(work);

    /// <summary>Writes everything handed over, ends the run with <paramref name="status"/> and waits for the disk.</summary>
    /// <exception cref="RunStoreException">A write failed in the store's file; the run keeps what was written before.</exception>
    /// <exception cref="InvalidOperationException">A write was refused (for example the run had already ended).</exception>
    public void Finish(RunStatus status, string? error = null)
    {
        Enqueue(store => store.CompleteRun(RunId, status, error));
        _work.Writer.TryComplete();
        _worker.GetAwaiter().GetResult();
        if (Fault is { } fault)
        {
            throw fault as RunStoreException ?? (Exception)new InvalidOperationException($"Writing run {RunId} failed: {fault.Message}", fault);
        }
    }

    private async Task WriteAsync()
    {
        await foreach (var work in _work.Reader.ReadAllAsync())
        {
            if (Fault is not null)
            {
                continue;
            }
            try
            {
                work(_store);
            }
            catch (Exception e)
            {
                Volatile.Write(ref _fault, e);
            }
        }
    }
}
