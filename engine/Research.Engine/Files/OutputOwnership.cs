namespace Research.Engine.Files;

/// <summary>Decides whether an existing folder is a previous output of a producer, so replacing it deletes nothing else.</summary>
internal static class OutputOwnership
{
    private const int Examples = 3;

    /// <summary>Why <paramref name="folder"/> must not be replaced, or <see langword="null"/> when it may.</summary>
    public static string? Refusal(string folder, string producer, IReadOnlyList<string> legacyFiles)
    {
        var entries = Entries(folder, folder);
        if (entries.Count == 0)
        {
            return null;
        }
        var manifest = OutputManifest.Read(folder);
        if (manifest is null)
        {
            var legacy = legacyFiles.Count > 0 && entries.Contains(legacyFiles[0]) && entries.All(entry => IsLegacy(entry, legacyFiles));
            return legacy ? null : $"it has no {OutputManifest.FileName} and holds {Describe(entries)}";
        }
        if (!string.Equals(manifest.Producer, producer, StringComparison.Ordinal))
        {
            return $"its {OutputManifest.FileName} says {manifest.Producer} wrote it";
        }
        var allowed = new HashSet<string>(manifest.Files, StringComparer.Ordinal) { OutputManifest.FileName };
        foreach (var file in manifest.Files)
        {
            for (var slash = file.LastIndexOf('/'); slash > 0; slash = file.LastIndexOf('/', slash - 1))
            {
                allowed.Add(file[..slash] + "/");
            }
        }
        var foreign = entries.Where(entry => !allowed.Contains(entry)).ToList();
        return foreign.Count == 0 ? null : $"it holds {Describe(foreign)} that {producer} did not write";
    }

    /// <summary>
    /// Whether <paramref name="entry"/> matches one of <paramref name="patterns"/>: a relative file name, whose last
    /// segment may hold one <c>*</c> (<c>frames/*.png</c>); a folder matches when a pattern lies inside it.
    /// </summary>
    private static bool IsLegacy(string entry, IReadOnlyList<string> patterns) => patterns.Any(pattern =>
    {
        if (entry.EndsWith('/'))
        {
            return pattern.StartsWith(entry, StringComparison.Ordinal);
        }
        var star = pattern.IndexOf('*', StringComparison.Ordinal);
        if (star < 0)
        {
            return string.Equals(entry, pattern, StringComparison.Ordinal);
        }
        var (head, tail) = (pattern[..star], pattern[(star + 1)..]);
        return entry.Length >= head.Length + tail.Length && entry.StartsWith(head, StringComparison.Ordinal)
            && entry.EndsWith(tail, StringComparison.Ordinal) && !entry[head.Length..^tail.Length].Contains('/');
    });

    /// <summary>Every entry under <paramref name="folder"/>, relative, folders ending in <c>/</c>; links are entries, never followed.</summary>
    private static List<string> Entries(string root, string folder)
    {
        var entries = new List<string>();
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos())
        {
            var relative = OutputManifest.Relative(root, entry.FullName);
            if (entry is DirectoryInfo directory && entry.LinkTarget is null)
            {
                entries.Add(relative + "/");
                entries.AddRange(Entries(root, directory.FullName));
            }
            else
            {
                entries.Add(relative);
            }
        }
        return entries;
    }

    private static string Describe(List<string> entries) =>
        $"{entries.Count} entr{(entries.Count == 1 ? "y" : "ies")} ({string.Join(", ", entries.Order(StringComparer.Ordinal).Take(Examples))}{(entries.Count > Examples ? ", ..." : "")})";
}
