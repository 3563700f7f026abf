namespace Research.Engine.Datasets;

/// <summary>
/// Checks a dataset against its manifest: every episode file exists, has the listed size and SHA-256, parses
/// completely (magic, version, every record's CRC, frames that inflate, the trailer) with the listed frame count
/// and a header matching its entry; no unlisted files; and the content hash recomputed from the files.
/// </summary>
/// <param name="timeProvider">Clock for the progress's elapsed time (default: the system's).</param>
public sealed class DatasetVerifier(TimeProvider? timeProvider = null)
{
    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>Checks the dataset in <paramref name="directory"/> and lists every problem; throws only when cancelled.</summary>
    public DatasetVerificationReport Verify(string directory, IProgress<DatasetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        directory = Path.GetFullPath(directory);
        var problems = new List<DatasetProblem>();
        DatasetManifest manifest;
        try
        {
            manifest = DatasetManifest.Load(directory);
        }
        catch (DatasetFormatException e)
        {
            problems.Add(new DatasetProblem(DatasetManifest.FileName, e.Problem));
            return new DatasetVerificationReport { Directory = directory, Problems = problems, EpisodesChecked = 0, FramesChecked = 0, BytesChecked = 0 };
        }
        CheckManifest(manifest, problems);

        var tracker = new ProgressTracker(progress, _time, manifest.EpisodeFiles.Count, manifest.EpisodeFiles.Sum(e => (long)e.Frames));
        var actual = new List<ManifestEpisode>();
        var (episodes, frames, bytes) = (0, 0L, 0L);
        for (var i = 0; i < manifest.EpisodeFiles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Files are looked up by the name the format prescribes, never by a path the manifest could point elsewhere.
            var entry = manifest.EpisodeFiles[i];
            var name = $"{DatasetGenerator.EpisodesFolder}/{EpisodeFormat.FileName(i)}";
            var check = new EpisodeCheck(Path.Combine(directory, name), name, entry, manifest, problems, tracker, cancellationToken);
            ManifestEpisode? found;
            try
            {
                found = check.Run();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                problems.Add(new DatasetProblem(name, $"the file cannot be read: {e.Message}"));
                found = null;
            }
            if (found is not null)
            {
                actual.Add(found with { File = name });
                episodes++;
                frames += check.FramesRead;
                bytes += found.Bytes;
            }
            tracker.EpisodeDone(found?.Bytes ?? 0);
        }
        CheckUnlisted(directory, manifest.EpisodeFiles.Count, problems);

        string? contentHash = null;
        if (actual.Count == manifest.EpisodeFiles.Count)
        {
            contentHash = DatasetManifest.ComputeContentHash(actual);
            if (contentHash != manifest.ContentHash)
            {
                problems.Add(new DatasetProblem(DatasetManifest.FileName, $"the content hash recomputed from the episode files is {contentHash}; the manifest says {manifest.ContentHash}"));
            }
        }
        return new DatasetVerificationReport
        {
            Directory = directory,
            Problems = problems,
            EpisodesChecked = episodes,
            FramesChecked = frames,
            BytesChecked = bytes,
            ExpectedContentHash = manifest.ContentHash,
            ActualContentHash = contentHash,
        };
    }

    /// <summary>The manifest must agree with itself: counts, sums, names and its own content hash.</summary>
    private static void CheckManifest(DatasetManifest manifest, List<DatasetProblem> problems)
    {
        void Problem(string message) => problems.Add(new DatasetProblem(DatasetManifest.FileName, message));
        var entries = manifest.EpisodeFiles;
        if (manifest.FormatVersion != EpisodeFormat.Version)
        {
            Problem($"format version {manifest.FormatVersion} is not supported; this engine reads version {EpisodeFormat.Version}");
        }
        if (entries.Count != manifest.Episodes)
        {
            Problem($"lists {entries.Count} episode files but counts {manifest.Episodes} episodes");
        }
        if (entries.Sum(e => (long)e.Frames) != manifest.Frames)
        {
            Problem($"its episodes add up to {entries.Sum(e => (long)e.Frames)} frames but it counts {manifest.Frames}");
        }
        if (entries.Sum(e => e.Bytes) != manifest.Bytes)
        {
            Problem($"its episodes add up to {entries.Sum(e => e.Bytes)} bytes but it counts {manifest.Bytes}");
        }
        for (var i = 0; i < entries.Count; i++)
        {
            var expected = $"{DatasetGenerator.EpisodesFolder}/{EpisodeFormat.FileName(i)}";
            if (entries[i].Index != i || entries[i].File != expected)
            {
                Problem($"entry {i} is episode {entries[i].Index} in '{entries[i].File}'; expected episode {i} in '{expected}'");
            }
            if (entries[i].Frames != manifest.FramesPerEpisode)
            {
                Problem($"entry {i} lists {entries[i].Frames} frames; every episode has {manifest.FramesPerEpisode}");
            }
        }
        var listed = DatasetManifest.ComputeContentHash(entries);
        if (listed != manifest.ContentHash)
        {
            Problem($"the content hash of its own episode list is {listed}, not the {manifest.ContentHash} it states");
        }
    }

    private static void CheckUnlisted(string directory, int count, List<DatasetProblem> problems)
    {
        var folder = Path.Combine(directory, DatasetGenerator.EpisodesFolder);
        if (!Directory.Exists(folder))
        {
            return;
        }
        var listed = Enumerable.Range(0, count).Select(EpisodeFormat.FileName).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal))
        {
            if (!listed.Contains(file!))
            {
                problems.Add(new DatasetProblem($"{DatasetGenerator.EpisodesFolder}/{file}", "the file is not listed in the manifest"));
            }
        }
    }
}
