using Research.Engine.Files;

namespace Research.Engine.Datasets;

/// <summary>Writes an episode file atomically, or takes over a complete one from an earlier run.</summary>
internal static class EpisodeFiles
{
    /// <summary>
    /// The manifest entry of the complete episode file an earlier run left, or null when there is none or it is
    /// damaged (so it is regenerated). Throws when the file belongs to a dataset of other options.
    /// </summary>
    public static ManifestEpisode? Resume(EpisodeSpec spec, string directory, ProgressTracker tracker)
    {
        var path = Path.Combine(directory, EpisodeFormat.FileName(spec.Index));
        if (!File.Exists(path))
        {
            return null;
        }
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        using var hashing = new HashingStream(file, leaveOpen: true);
        try
        {
            using var reader = new EpisodeReader(hashing, path, leaveOpen: true);
            Refuse(path, Differences(reader.Header, spec));
            // Every record's CRC, not just the trailer: a damaged episode kept here would silently change the content hash.
            reader.SkipToEnd();
        }
        catch (DatasetFormatException)
        {
            return null;
        }
        tracker.EpisodeResumed(spec.Frames, hashing.Position);
        return Entry(spec, hashing.Position, hashing.Hash());
    }

    /// <summary>Throws when the episode file's header is readable and not the episode <paramref name="spec"/> makes.</summary>
    public static void CheckHeader(string path, EpisodeSpec spec)
    {
        try
        {
            using var reader = new EpisodeReader(path);
            Refuse(path, Differences(reader.Header, spec));
        }
        catch (DatasetFormatException)
        {
            // Unreadable: it will be regenerated.
        }
    }

    /// <summary>Simulates and writes the episode to a temporary file, then renames it into place.</summary>
    public static ManifestEpisode Write(EpisodeSpec spec, string directory, ProgressTracker tracker, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, EpisodeFormat.FileName(spec.Index));
        long bytes = 0;
        var sha256 = "";
        // The partial name, not AtomicFile's own: the generator recognises and removes these on resume.
        AtomicFile.Write(path, file =>
        {
            using var hashing = new HashingStream(file, leaveOpen: true);
            var simulation = new EpisodeSimulation(spec);
            var writer = new EpisodeWriter(hashing, simulation.Header);
            simulation.Run(writer, tracker.FrameDone, cancellationToken);
            writer.Finish();
            (bytes, sha256) = (file.Length, hashing.Hash());
        }, temporaryPath: path + EpisodeFormat.PartialSuffix);
        tracker.EpisodeDone(bytes);
        return Entry(spec, bytes, sha256);
    }

    private static void Refuse(string path, List<string> differences)
    {
        if (differences.Count > 0)
        {
            throw new InvalidOperationException(
                $"{path} belongs to a dataset made with other options ({string.Join("; ", differences)}). "
                + "Resume with the same options or generate into a new directory.");
        }
    }

    private static ManifestEpisode Entry(EpisodeSpec spec, long bytes, string sha256) => new()
    {
        Index = spec.Index,
        File = $"{DatasetGenerator.EpisodesFolder}/{EpisodeFormat.FileName(spec.Index)}",
        WorldSeed = spec.WorldSeed,
        Explore = spec.Explore,
        Preset = spec.Preset,
        Frames = spec.Frames,
        Bytes = bytes,
        Sha256 = sha256,
    };

    private static List<string> Differences(EpisodeHeader header, EpisodeSpec spec)
    {
        var differences = new List<string>();
        void Compare<T>(string name, T there, T wanted)
        {
            if (!EqualityComparer<T>.Default.Equals(there, wanted))
            {
                differences.Add($"{name} {there} there vs {wanted} here");
            }
        }
        Compare("format version", header.FormatVersion, EpisodeFormat.Version);
        Compare("dataset seed", header.DatasetSeed, spec.DatasetSeed);
        Compare("episode index", header.EpisodeIndex, spec.Index);
        Compare("world seed", header.WorldSeed, spec.WorldSeed);
        Compare("explore", header.Explore, spec.Explore);
        Compare("preset", header.Preset, spec.Preset);
        Compare("frames", header.Frames, spec.Frames);
        Compare("frame size", header.FrameSize, spec.FrameSize);
        Compare("policy seed", header.PolicySeed, spec.PolicySeed);
        return differences;
    }
}
