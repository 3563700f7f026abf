using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Research.Engine.Datasets;

/// <summary>
/// What a complete dataset holds: the options it was made with, counts, sizes, each episode's SHA-256 and
/// a content hash over them. Written last, atomically: a directory without it is not (yet) a dataset.
/// </summary>
public sealed record DatasetManifest
{
    /// <summary>The manifest's file name in the dataset directory.</summary>
    public const string FileName = "manifest.json";

    /// <summary>Value of <see cref="Format"/>.</summary>
    public const string FormatName = "research-world-episodes";

    /// <summary>Identifies the kind of dataset.</summary>
    public required string Format { get; init; }

    /// <summary>Episode file format version.</summary>
    public required int FormatVersion { get; init; }

    /// <summary>The dataset's seed.</summary>
    public required int Seed { get; init; }

    /// <summary>Number of episodes.</summary>
    public required int Episodes { get; init; }

    /// <summary>Frame records per episode.</summary>
    public required int FramesPerEpisode { get; init; }

    /// <summary>Frame side in pixels.</summary>
    public required int FrameSize { get; init; }

    /// <summary>Share of episodes drawn as explore worlds.</summary>
    public required double ExploreFraction { get; init; }

    /// <summary>Frame records in all episodes.</summary>
    public required long Frames { get; init; }

    /// <summary>Bytes of all episode files.</summary>
    public required long Bytes { get; init; }

    /// <summary>When generation of this dataset first started.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>When the manifest was written.</summary>
    public required DateTimeOffset CompletedAt { get; init; }

    /// <summary>SHA-256 over the episode list (see <see cref="ComputeContentHash"/>): equal hashes, equal datasets.</summary>
    public required string ContentHash { get; init; }

    /// <summary>Every episode, in index order.</summary>
    public required IReadOnlyList<ManifestEpisode> EpisodeFiles { get; init; }

    /// <summary>
    /// Lower-case hex SHA-256 of the UTF-8 text "rwe-dataset 1\n" followed by one line per episode in index
    /// order: "{file} {bytes} {sha256}\n".
    /// </summary>
    public static string ComputeContentHash(IEnumerable<ManifestEpisode> episodes)
    {
        var text = new StringBuilder($"rwe-dataset {EpisodeFormat.Version}\n");
        foreach (var episode in episodes)
        {
            text.Append(episode.File).Append(' ').Append(episode.Bytes).Append(' ').Append(episode.Sha256).Append('\n');
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Reads the manifest of the dataset in <paramref name="directory"/>.</summary>
    /// <exception cref="DatasetFormatException">The manifest is missing or is not a valid manifest.</exception>
    public static DatasetManifest Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new DatasetFormatException(path, "the dataset has no manifest: it does not exist or generation has not finished (run generate again to resume)");
        }
        DatasetManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(File.ReadAllBytes(path), DatasetJson.Default.DatasetManifest);
        }
        catch (JsonException e)
        {
            throw new DatasetFormatException(path, $"not a valid manifest: {e.Message}", innerException: e);
        }
        if (manifest is null || manifest.Format != FormatName)
        {
            throw new DatasetFormatException(path, $"not a manifest of format '{FormatName}'");
        }
        return manifest;
    }

    internal byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, DatasetJson.Default.DatasetManifest);
}
