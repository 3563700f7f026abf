using LiteDB;

namespace Research.Engine.Storage;

/// <summary>
/// The embedded run store: one LiteDB file <c>runs.db</c> in the data folder, opened in Direct mode by one process
/// at a time (guarded by <c>runs.db.lock</c>). Keep one instance per process and dispose it at exit.
/// </summary>
/// <remarks>
/// <para>Thread-safe: calls are serialised by a lock, and no LiteDB transaction outlives a call.</para>
/// <para>
/// Crash safety: each write is one transaction, and the write-ahead log is checkpointed into the file before the call
/// returns, so after a crash (even <c>kill -9</c>) every run stays readable up to the last batch a call returned for.
/// At open, runs still <see cref="RunStatus.Running"/> belong to a process that died (no other process can have had
/// the file) and are marked <see cref="RunStatus.Interrupted"/>; their ids are in <see cref="InterruptedRunIds"/>.
/// </para>
/// <para>Text in run ids, tags and filters compares case-insensitively (LiteDB's default collation), and so do names in value dictionaries.</para>
/// </remarks>
public sealed partial class LiteDbRunStore : IRunStore, IDisposable
{
    /// <summary>The database file name in the data folder: <c>runs.db</c>.</summary>
    public const string DatabaseFileName = "runs.db";

    /// <summary>The lock file name in the data folder: <c>runs.db.lock</c>. It holds the owner's pid while the store is open.</summary>
    public const string LockFileName = "runs.db.lock";

    /// <summary>The schema version this build reads and writes (the file's <c>USER_VERSION</c>).</summary>
    public const int SchemaVersion = RunStoreSchema.CurrentVersion;

    /// <summary>The start of the line added to <see cref="RunDocument.Notes"/> when a run is found interrupted at open.</summary>
    public const string InterruptedNote = "Interrupted:";

    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly StoreFileLock _fileLock;
    private readonly LiteDatabase _db;
    private readonly ILiteCollection<RunDocument> _runs;
    private readonly ILiteCollection<FrameMetrics> _frames;
    private readonly ILiteCollection<InputTraceEvent> _inputs;
    private readonly ILiteCollection<KpiSummary> _summaries;
    private readonly ILiteCollection<BrowserLatencySample> _browserLatency;
    private bool _disposed;

    /// <summary>Opens (or creates) the run store in <see cref="RunStoreOptions.DataDirectory"/>, using the system clock.</summary>
    /// <exception cref="RunStoreException">The store is in use, the file is not a run store or is newer, or the disk failed.</exception>
    public LiteDbRunStore(RunStoreOptions options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>Opens (or creates) the run store in <see cref="RunStoreOptions.DataDirectory"/>.</summary>
    /// <param name="options">Where the store lives.</param>
    /// <param name="timeProvider">The clock for run and summary times.</param>
    /// <exception cref="RunStoreException">The store is in use, the file is not a run store or is newer, or the disk failed.</exception>
    public LiteDbRunStore(RunStoreOptions options, TimeProvider timeProvider)
        : this(options, timeProvider, RunStoreSchema.CurrentVersion, RunStoreSchema.Migrations)
    {
    }

    /// <summary>Opens the store with a given schema; tests use it to exercise migrations.</summary>
    internal LiteDbRunStore(RunStoreOptions options, TimeProvider timeProvider, int schemaVersion, IReadOnlyList<SchemaMigration> migrations)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(migrations);
        _time = timeProvider;
        DataDirectoryPath = DataDirectory.Resolve(options.DataDirectory);
        DatabasePath = Path.Combine(DataDirectoryPath, DatabaseFileName);
        CreateDataDirectory(DataDirectoryPath, DatabasePath);
        _fileLock = StoreFileLock.Acquire(Path.Combine(DataDirectoryPath, LockFileName), DatabasePath);
        try
        {
            _db = OpenDatabase(DatabasePath, schemaVersion, migrations);
            _runs = _db.GetCollection<RunDocument>(RunStoreSchema.Runs);
            _frames = _db.GetCollection<FrameMetrics>(RunStoreSchema.Frames, BsonAutoId.Int64);
            _inputs = _db.GetCollection<InputTraceEvent>(RunStoreSchema.Inputs, BsonAutoId.Int64);
            _summaries = _db.GetCollection<KpiSummary>(RunStoreSchema.Summaries, BsonAutoId.Int64);
            _browserLatency = _db.GetCollection<BrowserLatencySample>(RunStoreSchema.BrowserLatency, BsonAutoId.Int64);
            InterruptedRunIds = MarkInterruptedRuns();
        }
        catch
        {
            Release();
            throw;
        }
    }

    /// <summary>The data folder, as a full path.</summary>
    public string DataDirectoryPath { get; }

    /// <summary>The database file, as a full path.</summary>
    public string DatabasePath { get; }

    /// <summary>Runs that were still <see cref="RunStatus.Running"/> when the store was opened and were marked <see cref="RunStatus.Interrupted"/>.</summary>
    public IReadOnlyList<string> InterruptedRunIds { get; }

    /// <inheritdoc />
    public void Checkpoint() => Locked("checkpointing", () => _db.Checkpoint());

    /// <summary>Closes the database (checkpointing it) and releases the lock file.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }
            _disposed = true;
            Release();
        }
    }

    private T Locked<T>(string operation, Func<T> action)
    {
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            try
            {
                return action();
            }
            catch (Exception ex) when (StoreErrors.IsStorageFailure(ex))
            {
                throw StoreErrors.Translate(ex, DatabasePath, operation);
            }
        }
    }

    private void Locked(string operation, Action action) => Locked(operation, () =>
    {
        action();
        return true;
    });

    /// <summary>Runs <paramref name="write"/> in one transaction, then checkpoints so the change is on disk when the call returns.</summary>
    private T Transaction<T>(string operation, Func<T> write) => Locked(operation, () =>
    {
        _db.BeginTrans();
        T result;
        try
        {
            result = write();
            _db.Commit();
        }
        catch
        {
            TryRollback();
            throw;
        }
        // Commit only queues the log pages for LiteDB's writer thread; the checkpoint waits for them to reach the file.
        _db.Checkpoint();
        return result;
    });

    private void TryRollback()
    {
        try
        {
            _db.Rollback();
        }
        catch (Exception ex) when (StoreErrors.IsStorageFailure(ex))
        {
            // The original failure is what the caller needs to see; an uncommitted transaction is discarded anyway.
        }
    }

    private DateTimeOffset Now()
    {
        // The file keeps milliseconds; truncating here makes what a call returns equal what a later read gives.
        var now = _time.GetUtcNow();
        return new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }
}
