using Research.Engine.Files;

namespace Research.Engine.Storage;

/// <summary>Consistent copies of the database for readers in other processes (notebooks while the workbench runs).</summary>
public sealed partial class LiteDbRunStore
{
    /// <summary>
    /// Writes a consistent copy of the database to <paramref name="path"/>: under the store's lock (no write can start)
    /// the write-ahead log is checkpointed into the file, and the file is copied with <see cref="AtomicFile"/>
    /// to <paramref name="path"/>, so the copy is a whole store as of one moment and a reader never sees half of it.
    /// </summary>
    /// <remarks>The copy has no lock file and no log: open it with its own <see cref="LiteDbRunStore"/> in another folder.</remarks>
    /// <exception cref="RunStoreException">The disk failed.</exception>
    public void WriteSnapshot(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var target = Path.GetFullPath(path);
        if (string.Equals(target, DatabasePath, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A snapshot cannot overwrite the store itself ({DatabasePath}).", nameof(path));
        }
        Locked("writing a snapshot", () =>
        {
            _db.Checkpoint();
            // LiteDB keeps the file open for reading and writing but shares reads; every page is in the file after the checkpoint.
            using var source = new FileStream(DatabasePath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            AtomicFile.Write(target, source.CopyTo);
        });
    }
}
