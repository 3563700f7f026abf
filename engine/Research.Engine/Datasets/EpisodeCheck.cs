namespace Research.Engine.Datasets;

/// <summary>Checks one episode file against its manifest entry in a single pass that parses and hashes it.</summary>
internal sealed class EpisodeCheck(
    string path, string name, ManifestEpisode entry, DatasetManifest manifest, List<DatasetProblem> problems, ProgressTracker tracker, CancellationToken cancellationToken)
{
    /// <summary>Valid frame records read.</summary>
    public int FramesRead { get; private set; }

    /// <summary>The entry as the file actually is (size and SHA-256), or null when the file is missing.</summary>
    public ManifestEpisode? Run()
    {
        if (!File.Exists(path))
        {
            Problem("the episode file is missing");
            return null;
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        if (file.Length != entry.Bytes)
        {
            Problem($"the file has {file.Length} bytes; the manifest lists {entry.Bytes}");
        }
        using var hashing = new HashingStream(file, leaveOpen: true);
        try
        {
            using var reader = new EpisodeReader(hashing, path, leaveOpen: true);
            CheckHeader(reader.Header);
            var frame = new byte[reader.Header.FrameSize * reader.Header.FrameSize * 3];
            while (reader.ReadNext(frame) is not null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                FramesRead++;
                tracker.FrameDone();
            }
            if (reader.FramesRead != entry.Frames)
            {
                Problem($"the file holds {reader.FramesRead} frames; the manifest lists {entry.Frames}");
            }
        }
        catch (DatasetFormatException e)
        {
            Problem(e.Detail);
        }
        // Hash whatever the parse did not reach, so the SHA-256 covers the whole file.
        hashing.CopyTo(Stream.Null);
        var sha256 = hashing.Hash();
        if (sha256 != entry.Sha256)
        {
            Problem($"the SHA-256 is {sha256}; the manifest lists {entry.Sha256}");
        }
        return entry with { Bytes = file.Length, Sha256 = sha256 };
    }

    private void CheckHeader(EpisodeHeader header)
    {
        var mismatches = new List<string>();
        void Compare<T>(string field, T there, T expected)
        {
            if (!EqualityComparer<T>.Default.Equals(there, expected))
            {
                mismatches.Add($"{field} {there} (manifest: {expected})");
            }
        }
        Compare("episode index", header.EpisodeIndex, entry.Index);
        Compare("dataset seed", header.DatasetSeed, manifest.Seed);
        Compare("world seed", header.WorldSeed, entry.WorldSeed);
        Compare("explore", header.Explore, entry.Explore);
        Compare("preset", header.Preset, entry.Preset);
        Compare("frames", header.Frames, entry.Frames);
        Compare("frame size", header.FrameSize, manifest.FrameSize);
        if (mismatches.Count > 0)
        {
            Problem($"the header disagrees with the manifest: {string.Join(", ", mismatches)}");
        }
    }

    private void Problem(string message) => problems.Add(new DatasetProblem(name, message));
}
