namespace Research.Engine.Storage;

/// <summary>Runs opened by <see cref="RunStoreAccess.OpenAsync"/>: the store, and what it is. Dispose it soon: directly opened, it holds the lock.</summary>
public sealed class OpenedRuns : IDisposable
{
    private readonly LiteDbRunStore _store;
    private readonly string? _snapshotFolder;

    internal OpenedRuns(LiteDbRunStore store, string source, string? snapshotFolder)
    {
        _store = store;
        Source = source;
        _snapshotFolder = snapshotFolder;
    }

    /// <summary>The runs.</summary>
    public IRunStore Store => _store;

    /// <summary>Where the runs come from: the file itself, or a snapshot of it from the workbench.</summary>
    public string Source { get; }

    /// <summary>True when the runs are a snapshot taken from the running workbench.</summary>
    public bool IsSnapshot => _snapshotFolder is not null;

    /// <summary>Closes the store; a snapshot's temporary copy is deleted.</summary>
    public void Dispose()
    {
        _store.Dispose();
        if (_snapshotFolder is not null && Directory.Exists(_snapshotFolder))
        {
            Directory.Delete(_snapshotFolder, recursive: true);
        }
    }
}
