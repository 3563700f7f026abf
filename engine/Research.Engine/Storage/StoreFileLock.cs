using System.Globalization;
using System.Text;

namespace Research.Engine.Storage;

/// <summary>
/// The exclusive lock on the sidecar file <c>runs.db.lock</c> that keeps a run store to one process: LiteDB's Direct
/// mode does not stop a second process from opening the same file, and two writers would damage it.
/// </summary>
/// <remarks>
/// The file is opened with <see cref="FileShare.None"/> (on Unix .NET turns that into <c>flock(LOCK_EX)</c>, which the
/// kernel drops when the process dies, so a crash leaves no stale lock) and holds the owner's pid as text.
/// </remarks>
internal sealed class StoreFileLock : IDisposable
{
    private const int UnixWouldBlock = 11; // EWOULDBLOCK on Linux
    private const int MacWouldBlock = 35; // EWOULDBLOCK on macOS
    private const int WindowsSharingViolation = unchecked((int)0x80070020);
    private const int WindowsLockViolation = unchecked((int)0x80070021);

    private readonly FileStream _stream;
    private bool _disposed;

    private StoreFileLock(FileStream stream)
    {
        _stream = stream;
    }

    /// <summary>Takes the lock and writes this process's id into the file.</summary>
    /// <exception cref="RunStoreException">Another process or store holds the lock, or the file cannot be created.</exception>
    public static StoreFileLock Acquire(string lockPath, string databasePath)
    {
        FileStream stream;
        try
        {
            // OpenOrCreate, not Create: Create truncates before the lock is checked and would erase the owner's pid.
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException ex) when (IsLockConflict(ex))
        {
            var owner = ReadOwner(lockPath);
            throw new RunStoreException(
                RunStoreFailure.InUse,
                databasePath,
                $"The run store {databasePath} is in use by another process ({owner}). Close the workbench or CLI using it, or pass another --data-dir.",
                ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw StoreErrors.Translate(ex, databasePath, $"creating its lock file {lockPath}");
        }
        try
        {
            stream.SetLength(0);
            stream.Write(Encoding.ASCII.GetBytes(Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "\n"));
            stream.Flush(flushToDisk: true);
        }
        catch (IOException ex)
        {
            stream.Dispose();
            throw StoreErrors.Translate(ex, databasePath, $"writing its lock file {lockPath}");
        }
        return new StoreFileLock(stream);
    }

    /// <summary>Empties the file and releases the lock. The file stays: deleting it could let two processes lock different files of one name.</summary>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        try
        {
            _stream.SetLength(0);
        }
        catch (IOException)
        {
            // Only the stale pid stays behind; the lock itself goes with the handle.
        }
        _stream.Dispose();
    }

    private static bool IsLockConflict(IOException exception) =>
        exception.GetType() == typeof(IOException)
        && exception.HResult is UnixWouldBlock or MacWouldBlock or WindowsSharingViolation or WindowsLockViolation;

    private static string ReadOwner(string lockPath)
    {
        var text = UnlockedFile.TryReadText(lockPath)?.Trim();
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? $"pid {pid}" : "pid unknown";
    }
}
