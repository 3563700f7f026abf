namespace Research.Engine.Files;

/// <summary>
/// An output folder written whole or not at all, that never replaces files it did not write. Files go into a fresh
/// hidden sibling (<see cref="Staging"/>); <see cref="Commit"/> lists them in a manifest (<c>.research-output.json</c>)
/// and swaps the folder into place with <see cref="AtomicDirectory.Replace(string, string)"/>. A target that already exists is only
/// replaced when it is empty or a previous output of the same producer holding nothing its manifest does not list.
/// </summary>
/// <remarks>
/// Disposing without <see cref="Commit"/> deletes the staging folder, so a failed or cancelled run leaves the old
/// output as it was and nothing beside it; a killed run's staging folder is removed by the next run on that target.
/// </remarks>
public sealed class OutputDirectory : IDisposable
{
    private const string StagingSuffix = "partial";
    private readonly IReadOnlyList<string> _legacyFiles;
    private bool _committed;

    private OutputDirectory(string target, string staging, string producer, IReadOnlyList<string> legacyFiles)
    {
        Target = target;
        Staging = staging;
        Producer = producer;
        _legacyFiles = legacyFiles;
    }

    /// <summary>The folder the output goes to on <see cref="Commit"/> (a full path).</summary>
    public string Target { get; }

    /// <summary>The fresh folder to write the output into, a hidden sibling of <see cref="Target"/>.</summary>
    public string Staging { get; }

    /// <summary>What writes the folder, e.g. <c>research simulate</c>; recorded in the manifest.</summary>
    public string Producer { get; }

    /// <summary>Checks that <paramref name="target"/> may be replaced, then creates the staging folder.</summary>
    /// <param name="target">The output folder.</param>
    /// <param name="producer">What writes it; an existing output of another producer is never replaced.</param>
    /// <param name="legacyFiles">For folders written before manifests existed: when the target has no manifest, it is
    /// still taken as a previous output if it holds only files matching these relative names (the last segment may
    /// hold one <c>*</c>, as in <c>frames/*.png</c>) and the first of them, a plain name, is present.</param>
    /// <exception cref="OutputDirectoryException">The target holds something else; nothing was created or deleted.</exception>
    public static OutputDirectory Begin(string target, string producer, IReadOnlyList<string>? legacyFiles = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(target);
        ArgumentException.ThrowIfNullOrEmpty(producer);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        var legacy = legacyFiles ?? [];
        EnsureReplaceable(full, producer, legacy);
        foreach (var stale in TemporaryNames.Stale(full, StagingSuffix).Where(Directory.Exists))
        {
            Directory.Delete(stale, recursive: true);
        }
        var staging = TemporaryNames.For(full, StagingSuffix);
        Directory.CreateDirectory(staging);
        return new OutputDirectory(full, staging, producer, legacy);
    }

    /// <summary>Throws unless <paramref name="target"/> is absent, empty, or a previous output of <paramref name="producer"/>.</summary>
    /// <exception cref="OutputDirectoryException">The target is a file, another producer's output, or holds files the producer did not write.</exception>
    public static void EnsureReplaceable(string target, string producer, IReadOnlyList<string>? legacyFiles = null)
    {
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(target));
        AtomicDirectory.Recover(full);
        if (File.Exists(full))
        {
            throw new OutputDirectoryException(full, $"{full} is a file, not a folder: refusing to replace it with the output of {producer}. Nothing was deleted; choose another output folder.");
        }
        if (Directory.Exists(full) && OutputOwnership.Refusal(full, producer, legacyFiles ?? []) is { } reason)
        {
            throw new OutputDirectoryException(full, $"{full} already exists and is not a previous output of {producer}: {reason}. "
                + "Refusing to replace it, and nothing was deleted: choose another output folder, or move those files away yourself.");
        }
    }

    /// <summary>Writes the manifest and puts the staging folder in place of <see cref="Target"/>, deleting the previous output.</summary>
    /// <exception cref="OutputDirectoryException">Something other than a previous output appeared at the target meanwhile.</exception>
    /// <exception cref="IOException">The disk failed; the target is unchanged.</exception>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_committed, this);
        OutputManifest.Of(Staging, Producer).Write(Staging);
        EnsureReplaceable(Target, Producer, _legacyFiles);
        AtomicDirectory.Replace(Staging, Target);
        _committed = true;
    }

    /// <summary>Deletes the staging folder unless <see cref="Commit"/> moved it into place.</summary>
    public void Dispose()
    {
        if (_committed || !Directory.Exists(Staging))
        {
            return;
        }
        _committed = true;
        try
        {
            Directory.Delete(Staging, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open: the next run on this target removes the leftover.
        }
    }
}
