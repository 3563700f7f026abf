using System.Runtime.InteropServices;
using System.Text;

namespace Research.Engine.Storage;

/// <summary>Reads a small file that another handle holds with <see cref="FileShare.None"/>.</summary>
/// <remarks>
/// On Unix .NET emulates <see cref="FileShare.None"/> with an advisory <c>flock</c>, and takes a shared <c>flock</c>
/// on every file it opens, so .NET cannot read such a file at all; libc's <c>open</c>/<c>read</c> take no lock.
/// On Windows the file really is unreadable and this returns <see langword="null"/>.
/// </remarks>
internal static class UnlockedFile
{
    private const int ReadOnly = 0; // O_RDONLY on Linux and macOS.

    /// <summary>Returns up to <paramref name="maxBytes"/> of the file as UTF-8 text, or <see langword="null"/> when it cannot be read.</summary>
    public static string? TryReadText(string path, int maxBytes = 64)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }
        try
        {
            var fd = Open(Encoding.UTF8.GetBytes(path + "\0"), ReadOnly);
            if (fd < 0)
            {
                return null;
            }
            try
            {
                var buffer = new byte[maxBytes];
                var count = Read(fd, buffer, buffer.Length);
                return count < 0 ? null : Encoding.UTF8.GetString(buffer, 0, (int)count);
            }
            finally
            {
                _ = Close(fd);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    // DllImport rather than LibraryImport: byte arrays marshal by pinning, so the engine needs no unsafe code.
    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(byte[] path, int flags);

    [DllImport("libc", EntryPoint = "read", SetLastError = true)]
    private static extern nint Read(int fd, byte[] buffer, nint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
