namespace Research.Engine.Datasets;

/// <summary>
/// Opens a generated dataset for reading: the manifest, and streaming readers over its episodes. Nothing is
/// loaded up front beyond the manifest; episodes are read one record at a time.
/// </summary>
public sealed class DatasetReader
{
    private DatasetReader(string directory, DatasetManifest manifest)
    {
        Directory = directory;
        Manifest = manifest;
    }

    /// <summary>The dataset directory, as a full path.</summary>
    public string Directory { get; }

    /// <summary>The dataset's manifest.</summary>
    public DatasetManifest Manifest { get; }

    /// <summary>Opens the dataset in <paramref name="directory"/>.</summary>
    /// <exception cref="DatasetFormatException">The manifest is missing or invalid.</exception>
    public static DatasetReader Open(string directory)
    {
        directory = Path.GetFullPath(directory);
        return new DatasetReader(directory, DatasetManifest.Load(directory));
    }

    /// <summary>Opens episode <paramref name="index"/>, checking that its header is the one the manifest lists.</summary>
    /// <exception cref="ArgumentOutOfRangeException">There is no such episode.</exception>
    /// <exception cref="DatasetFormatException">The file is missing, invalid or not the listed episode.</exception>
    public EpisodeReader OpenEpisode(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Manifest.EpisodeFiles.Count);
        var entry = Manifest.EpisodeFiles[index];
        var path = Path.Combine(Directory, DatasetGenerator.EpisodesFolder, EpisodeFormat.FileName(index));
        var reader = new EpisodeReader(path);
        var header = reader.Header;
        if (header.EpisodeIndex != index || header.WorldSeed != entry.WorldSeed || header.Frames != entry.Frames || header.FrameSize != Manifest.FrameSize)
        {
            reader.Dispose();
            throw new DatasetFormatException(path, $"the header (episode {header.EpisodeIndex}, world seed {header.WorldSeed}, {header.Frames} frames of {header.FrameSize}px) is not the manifest's entry {index} (world seed {entry.WorldSeed}, {entry.Frames} frames of {Manifest.FrameSize}px)", 0);
        }
        return reader;
    }

    /// <summary>Streams every record of episode <paramref name="index"/>.</summary>
    public IEnumerable<EpisodeRecord> ReadEpisode(int index)
    {
        using var reader = OpenEpisode(index);
        foreach (var record in reader.ReadAll())
        {
            yield return record;
        }
    }

    /// <summary>
    /// Streams windows of <paramref name="length"/> consecutive records from every episode in order, starting
    /// every <paramref name="stride"/> records (default: <paramref name="length"/> - 1, so consecutive windows
    /// share one record and every transition is in exactly one window). Holds one window in memory.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The length is under 2 or the stride under 1.</exception>
    public IEnumerable<EpisodeWindow> ReadWindows(int length, int? stride = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 2);
        var step = stride ?? length - 1;
        ArgumentOutOfRangeException.ThrowIfLessThan(step, 1, nameof(stride));
        return Windows(length, step);
    }

    private IEnumerable<EpisodeWindow> Windows(int length, int stride)
    {
        for (var episode = 0; episode < Manifest.EpisodeFiles.Count; episode++)
        {
            var window = new Queue<EpisodeRecord>(length);
            foreach (var record in ReadEpisode(episode))
            {
                if (window.Count == length)
                {
                    window.Dequeue();
                }
                window.Enqueue(record);
                var start = record.Index - length + 1;
                if (start >= 0 && start % stride == 0)
                {
                    yield return new EpisodeWindow(episode, start, window.ToArray());
                }
            }
        }
    }
}
