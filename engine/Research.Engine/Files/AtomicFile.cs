using System.Text;

namespace Research.Engine.Files;

/// <summary>
/// Writes a file whole or not at all, and durably: into a temporary sibling, flushed to disk, renamed over the target,
/// then the folder flushed so the rename survives a power cut. A reader, or the file after a kill at any point, shows
/// the old content or the new, never part of either; a failed write removes its temporary file.
/// </summary>
/// <remarks>
/// The one place files are written this way (reports, manifests, notebooks, snapshots, episodes). A process killed
/// mid-write leaves a hidden <c>.{name}.{pid}-{random}.tmp</c>; the next write of the same file removes it.
/// </remarks>
public static class AtomicFile
{
    private const string Suffix = "tmp";
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, creating its folder if needed.</summary>
    /// <exception cref="IOException">The disk failed; the old file, if any, is unchanged.</exception>
    public static void WriteAllBytes(string path, ReadOnlyMemory<byte> bytes) => Write(path, file => file.Write(bytes.Span));

    /// <summary>Writes <paramref name="text"/> as UTF-8 without a byte-order mark.</summary>
    /// <exception cref="IOException">The disk failed; the old file, if any, is unchanged.</exception>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8.GetBytes(text));

    /// <summary>Lets <paramref name="write"/> fill a temporary file, then puts it in place of <paramref name="path"/>.</summary>
    /// <param name="path">The file to write.</param>
    /// <param name="write">Writes the content; an exception from it leaves the old file and no temporary file.</param>
    /// <param name="temporaryPath">Where to write first (default: a hidden unique sibling); a caller that recognises its
    /// own leftovers by name passes one. It must be in the same folder as <paramref name="path"/>.</param>
    /// <exception cref="IOException">The disk failed; the old file, if any, is unchanged.</exception>
    public static void Write(string path, Action<FileStream> write, string? temporaryPath = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var folder = TemporaryNames.Parent(full);
        Directory.CreateDirectory(folder);
        foreach (var stale in TemporaryNames.Stale(full, Suffix))
        {
            TryDelete(stale);
        }
        var temp = temporaryPath is null ? TemporaryNames.For(full, Suffix) : Path.GetFullPath(temporaryPath);
        try
        {
            using (var file = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                write(file);
                file.Flush(flushToDisk: true);
            }
            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        NativeFileSystem.SyncDirectory(folder);
    }

    /// <summary>Flushes a file another component wrote (e.g. TorchSharp's weights) to disk.</summary>
    /// <exception cref="IOException">The file cannot be opened or the disk failed.</exception>
    public static void FlushToDisk(string path)
    {
        // Opened for writing: FileStream only flushes a writable handle to disk. Nothing is written.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        file.Flush(flushToDisk: true);
    }

    /// <summary>Deletes a file if it can; a leftover is removed by a later run.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the caller is already failing or cleaning up.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }
}
