using System.Globalization;
using System.Runtime.ExceptionServices;
using Research.Engine.Files;

namespace Research.Engine.Datasets;

/// <summary>
/// Writes a training dataset from the world: episodes of frames, actions, prompts and ground truth, plus a
/// manifest. Resumable: each episode is written to a temporary file and renamed when complete, so a run that
/// is cancelled or killed continues where it stopped, and the result is byte-identical to an uninterrupted run.
/// </summary>
/// <param name="options">What to generate and where.</param>
/// <param name="timeProvider">Clock for the manifest's timestamps and the progress's elapsed time (default: the system's).</param>
public sealed class DatasetGenerator(DatasetOptions options, TimeProvider? timeProvider = null)
{
    /// <summary>Folder of the episode files inside the dataset directory.</summary>
    public const string EpisodesFolder = "episodes";

    private readonly TimeProvider _time = timeProvider ?? TimeProvider.System;

    /// <summary>The options this generator runs with.</summary>
    public DatasetOptions Options => options;

    /// <summary>
    /// Generates the missing episodes (all of them in a new directory), then writes the manifest and returns it.
    /// Progress is reported from worker threads.
    /// </summary>
    /// <exception cref="ArgumentException">An option is out of range.</exception>
    /// <exception cref="InvalidOperationException">
    /// The directory holds a dataset of other options (the message lists the differences), or another generator is writing it.
    /// </exception>
    /// <exception cref="DatasetFormatException">The directory's generator.json or manifest.json is unreadable.</exception>
    /// <exception cref="OperationCanceledException">Cancelled; complete episodes stay and a later run resumes from them.</exception>
    public DatasetManifest Generate(IProgress<DatasetProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        var directory = Path.GetFullPath(options.OutputDirectory);
        var episodes = Path.Combine(directory, EpisodesFolder);
        Directory.CreateDirectory(episodes);
        using var exclusive = GeneratorLock.Acquire(directory);
        var stamp = Claim(directory);
        foreach (var partial in Directory.EnumerateFiles(episodes, "*" + EpisodeFormat.PartialSuffix))
        {
            AtomicFile.TryDelete(partial);
        }

        var tracker = new ProgressTracker(progress, _time, options.Episodes, (long)options.Episodes * options.FramesPerEpisode);
        var entries = new ManifestEpisode[options.Episodes];
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxParallelism == 0 ? Environment.ProcessorCount : options.MaxParallelism,
            CancellationToken = cancellationToken,
        };
        try
        {
            Parallel.For(0, options.Episodes, parallel, i =>
                entries[i] = EpisodeFiles.Resume(EpisodeSpec.Derive(options, i), episodes, tracker)
                    ?? EpisodeFiles.Write(EpisodeSpec.Derive(options, i), episodes, tracker, cancellationToken));
        }
        catch (AggregateException e)
        {
            // One failing episode is the story; others failing alongside (same disk, same cause) add nothing.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        var manifest = new DatasetManifest
        {
            Format = DatasetManifest.FormatName,
            FormatVersion = EpisodeFormat.Version,
            Seed = options.Seed,
            Episodes = options.Episodes,
            FramesPerEpisode = options.FramesPerEpisode,
            FrameSize = options.FrameSize,
            ExploreFraction = options.ExploreFraction,
            Frames = entries.Sum(e => (long)e.Frames),
            Bytes = entries.Sum(e => e.Bytes),
            StartedAt = stamp.StartedAt,
            CompletedAt = _time.GetUtcNow(),
            ContentHash = DatasetManifest.ComputeContentHash(entries),
            EpisodeFiles = entries,
        };
        AtomicFile.WriteAllBytes(Path.Combine(directory, DatasetManifest.FileName), manifest.ToJson());
        return manifest;
    }

    /// <summary>Checks that the directory is new or holds this dataset, stamps it with the options, and removes the manifest.</summary>
    private GeneratorStamp Claim(string directory)
    {
        var wanted = GeneratorStamp.From(options, _time.GetUtcNow());
        var stampPath = Path.Combine(directory, GeneratorStamp.FileName);
        var manifestPath = Path.Combine(directory, DatasetManifest.FileName);
        GeneratorStamp? existing = null;
        if (File.Exists(stampPath))
        {
            existing = GeneratorStamp.Load(stampPath);
            Refuse(stampPath, existing.Differences(wanted));
        }
        if (File.Exists(manifestPath))
        {
            var manifest = GeneratorStamp.From(DatasetManifest.Load(directory));
            Refuse(manifestPath, manifest.Differences(wanted));
            existing ??= manifest;
        }
        if (!File.Exists(stampPath))
        {
            if (existing is null)
            {
                CheckLeftEpisodes(Path.Combine(directory, EpisodesFolder));
            }
            AtomicFile.WriteAllBytes(stampPath, (existing ?? wanted).ToJson());
        }
        // The manifest says "complete"; until this run writes it again, the directory is not.
        File.Delete(manifestPath);
        return existing ?? wanted;
    }

    /// <summary>
    /// Without a stamp or manifest, episode files are all that tell what the directory holds: refuse before
    /// writing anything when one of them is not the episode these options would make.
    /// </summary>
    private void CheckLeftEpisodes(string episodes)
    {
        foreach (var path in Directory.EnumerateFiles(episodes).Where(p => Path.GetExtension(p) == EpisodeFormat.Extension))
        {
            var name = Path.GetFileName(path);
            var index = -1;
            var known = name.StartsWith("episode-", StringComparison.Ordinal)
                && int.TryParse(name.AsSpan(8, name.Length - 8 - EpisodeFormat.Extension.Length), NumberStyles.None, CultureInfo.InvariantCulture, out index)
                && index < options.Episodes
                && name == EpisodeFormat.FileName(index);
            if (!known)
            {
                throw new InvalidOperationException(
                    $"{path} is not an episode of this dataset: these options make {EpisodeFormat.FileName(0)} to {EpisodeFormat.FileName(options.Episodes - 1)}. "
                    + "Resume with the options that made it or generate into a new directory.");
            }
            EpisodeFiles.CheckHeader(path, EpisodeSpec.Derive(options, index));
        }
    }

    private static void Refuse(string path, IReadOnlyList<string> differences)
    {
        if (differences.Count > 0)
        {
            throw new InvalidOperationException(
                $"{path} belongs to a dataset made with other options ({string.Join("; ", differences)}). "
                + "Resume with the same options or generate into a new directory.");
        }
    }
}
