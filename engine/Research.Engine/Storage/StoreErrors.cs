using LiteDB;

namespace Research.Engine.Storage;

/// <summary>Turns failures of LiteDB and the file system into <see cref="RunStoreException"/>s that name the file.</summary>
internal static class StoreErrors
{
    private const int LinuxNoSpace = 28; // ENOSPC, also on macOS; .NET puts the raw errno in HResult on Unix.
    private const int WindowsDiskFull = unchecked((int)0x80070070);
    private const int WindowsHandleDiskFull = unchecked((int)0x80070027);

    /// <summary>Whether <paramref name="exception"/> comes from the file or the database engine rather than from the caller.</summary>
    public static bool IsStorageFailure(Exception exception) =>
        exception is LiteException or IOException or UnauthorizedAccessException;

    public static bool IsDiskFull(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is IOException io && (io.HResult is LinuxNoSpace or WindowsDiskFull or WindowsHandleDiskFull
                || io.Message.Contains("No space left on device", StringComparison.OrdinalIgnoreCase)
                || io.Message.Contains("not enough space on the disk", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Wraps a storage failure met while doing <paramref name="operation"/> (a phrase such as "appending frames").</summary>
    public static RunStoreException Translate(Exception exception, string path, string operation)
    {
        if (exception is RunStoreException known)
        {
            return known;
        }
        if (IsDiskFull(exception))
        {
            return new RunStoreException(
                RunStoreFailure.DiskFull,
                path,
                $"The disk holding the run store {path} is full (No space left on device) while {operation}. " +
                "That write was not saved; everything written before it is intact. Free some space, then restart the workbench or CLI.",
                exception);
        }
        return exception switch
        {
            UnauthorizedAccessException => new RunStoreException(
                RunStoreFailure.Io,
                path,
                $"Access to the run store {path} was denied while {operation}: {Sentence(exception.Message)} Check the permissions of the file and its folder, or pass another --data-dir.",
                exception),
            IOException => new RunStoreException(
                RunStoreFailure.Io,
                path,
                $"The run store {path} could not be read or written while {operation}: {exception.Message}",
                exception),
            _ => new RunStoreException(
                RunStoreFailure.Database,
                path,
                $"The run store {path} failed while {operation}: {Sentence(exception.Message)} The file may be damaged; it was left as it is. " +
                "Keep a copy of it before trying to repair it, or pass another --data-dir to start a new store.",
                exception),
        };
    }

    private static string Sentence(string message) => message.TrimEnd().TrimEnd('.') + ".";
}
