namespace Research.Engine.Files;

/// <summary>
/// Puts a fully written folder in place of another in one step, durably: every file and folder in it is flushed to
/// disk, then it is swapped with the target and the parent folder is flushed. After a kill at any point the target is
/// the old version or the new one, whole.
/// </summary>
/// <remarks>
/// On Linux the swap is <c>renameat2(RENAME_EXCHANGE)</c>. Where that is missing (Windows, macOS, file systems without
/// it) the old version is first renamed aside to a hidden <c>.{name}.{pid}-{random}.old</c>, then the new one moved
/// in; a kill between the two renames leaves the target absent and the old version aside, and the next
/// <see cref="Replace(string, string)"/> or <see cref="Recover"/> of the same target moves it back. This only swaps: whether the old
/// version may be deleted is the caller's question (see <see cref="OutputDirectory"/>).
/// </remarks>
public static class AtomicDirectory
{
    private const string AsideSuffix = "old";

    /// <summary>Moves <paramref name="staging"/> (a sibling of <paramref name="target"/>) into its place and deletes the version it replaced.</summary>
    /// <exception cref="IOException">The disk failed; the target is still the old version (or absent if it was).</exception>
    public static void Replace(string staging, string target) => Replace(staging, target, exchange: true);

    /// <summary>As <see cref="Replace(string, string)"/>; without <paramref name="exchange"/> always the two-rename fallback (for tests).</summary>
    internal static void Replace(string staging, string target, bool exchange)
    {
        var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(staging));
        var destination = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var parent = TemporaryNames.Parent(destination);
        if (!string.Equals(TemporaryNames.Parent(source), parent, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{source} must be in the same folder as {destination}: only a rename within one folder is atomic.", nameof(staging));
        }
        Recover(destination);
        FlushTree(source);
        if (!Directory.Exists(destination))
        {
            Directory.Move(source, destination);
            NativeFileSystem.SyncDirectory(parent);
            return;
        }
        if (exchange && NativeFileSystem.TryExchange(source, destination))
        {
            NativeFileSystem.SyncDirectory(parent);
            TryDelete(source); // Now the old version.
            return;
        }
        var aside = TemporaryNames.For(destination, AsideSuffix);
        Directory.Move(destination, aside);
        try
        {
            Directory.Move(source, destination);
        }
        catch
        {
            Directory.Move(aside, destination);
            throw;
        }
        NativeFileSystem.SyncDirectory(parent);
        TryDelete(aside);
        // Old versions a killed Replace left aside after its second rename: the target is newer than all of them.
        foreach (var stale in TemporaryNames.Stale(destination, AsideSuffix).Where(Directory.Exists))
        {
            TryDelete(stale);
        }
    }

    /// <summary>Deletes a replaced version; the new one is already in place, so failing here must not fail the write.</summary>
    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open (Windows): a hidden leftover, removed by a later write of the same target.
        }
        catch (UnauthorizedAccessException)
        {
            // As above.
        }
    }

    /// <summary>
    /// Where a <see cref="Replace(string, string)"/> without an atomic swap was killed between its two renames, moves the old version
    /// back into place; otherwise does nothing.
    /// </summary>
    public static void Recover(string target)
    {
        var destination = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        if (Directory.Exists(destination) || File.Exists(destination))
        {
            return;
        }
        // Newest first: an older leftover is a version that was already replaced once.
        if (TemporaryNames.Stale(destination, AsideSuffix).Where(Directory.Exists).OrderByDescending(Directory.GetLastWriteTimeUtc).FirstOrDefault() is { } aside)
        {
            Directory.Move(aside, destination);
            NativeFileSystem.SyncDirectory(TemporaryNames.Parent(destination));
        }
    }

    /// <summary>Flushes every file under <paramref name="folder"/>, then every folder from the deepest up.</summary>
    private static void FlushTree(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            AtomicFile.FlushToDisk(file);
        }
        foreach (var child in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
        {
            NativeFileSystem.SyncDirectory(child);
        }
        NativeFileSystem.SyncDirectory(folder);
    }
}
