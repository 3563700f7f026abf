using System.Runtime.InteropServices;
using System.Text;

namespace Research.Engine.Files;

/// <summary>The two file-system calls .NET does not offer: flushing a directory to disk, and swapping two directories in one step.</summary>
/// <remarks>
/// A rename is only durable once the directory holding it is flushed (<c>fsync</c> on the directory), and replacing a
/// non-empty directory in one step needs <c>renameat2(RENAME_EXCHANGE)</c> (Linux 3.15+, glibc 2.28+; ext4, xfs,
/// btrfs, tmpfs). Both go through libc, as in <c>Storage/UnlockedFile</c>. On Windows a directory cannot be flushed
/// through these APIs (NTFS journals its metadata itself) and there is no exchange: callers fall back, see
/// <see cref="AtomicDirectory"/>.
/// </remarks>
internal static class NativeFileSystem
{
    private const int ReadOnly = 0; // O_RDONLY on Linux and macOS.
    private const int CurrentDirectory = -100; // AT_FDCWD on Linux.
    private const uint RenameExchange = 2; // RENAME_EXCHANGE.
    private const int InvalidArgument = 22; // EINVAL: the file system cannot flush or exchange this.
    private const int NoSystemCall = 38; // ENOSYS on Linux.
    private const int NotSupported = 95; // EOPNOTSUPP on Linux.

    /// <summary>Flushes <paramref name="directory"/>'s entries (creations, renames, deletions) to disk.</summary>
    /// <exception cref="IOException">The directory cannot be opened or the disk failed.</exception>
    public static void SyncDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var fd = Open(Encoding.UTF8.GetBytes(directory + "\0"), ReadOnly);
        if (fd < 0)
        {
            throw Failure("open the directory", directory, Marshal.GetLastPInvokeError());
        }
        try
        {
            if (Fsync(fd) != 0 && Marshal.GetLastPInvokeError() is var errno && errno != InvalidArgument)
            {
                throw Failure("flush the directory", directory, errno);
            }
        }
        finally
        {
            _ = Close(fd);
        }
    }

    /// <summary>Swaps <paramref name="first"/> and <paramref name="second"/> (both must exist) in one step.</summary>
    /// <returns>False when this system or file system cannot: the caller must do it another way.</returns>
    /// <exception cref="IOException">The exchange is possible here but failed.</exception>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }
        try
        {
            if (RenameAt2(CurrentDirectory, Encoding.UTF8.GetBytes(first + "\0"), CurrentDirectory, Encoding.UTF8.GetBytes(second + "\0"), RenameExchange) == 0)
            {
                return true;
            }
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        var errno = Marshal.GetLastPInvokeError();
        return errno is InvalidArgument or NoSystemCall or NotSupported ? false : throw Failure($"exchange it with {second}", first, errno);
    }

    private static IOException Failure(string what, string path, int errno) =>
        new($"Cannot {what}: {path}: {Marshal.GetPInvokeErrorMessage(errno)} (errno {errno}).");

    // DllImport rather than LibraryImport: byte arrays marshal by pinning, so the engine needs no unsafe code.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static extern int Fsync(int fd);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, byte[] oldPath, int newDirectory, byte[] newPath, uint flags);
}
