using System.Globalization;
using System.Text.Json;

namespace Research.Engine.Datasets;

/// <summary>
/// The options that decide a dataset's content, written to generator.json before the first episode, so a
/// resumed run can refuse to mix episodes of different options into one directory.
/// </summary>
internal sealed record GeneratorStamp(int FormatVersion, int Seed, int Episodes, int FramesPerEpisode, int FrameSize, double ExploreFraction, DateTimeOffset StartedAt)
{
    public const string FileName = "generator.json";

    public static GeneratorStamp From(DatasetOptions options, DateTimeOffset startedAt) =>
        new(EpisodeFormat.Version, options.Seed, options.Episodes, options.FramesPerEpisode, options.FrameSize, options.ExploreFraction, startedAt);

    public static GeneratorStamp From(DatasetManifest manifest) =>
        new(manifest.FormatVersion, manifest.Seed, manifest.Episodes, manifest.FramesPerEpisode, manifest.FrameSize, manifest.ExploreFraction, manifest.StartedAt);

    public static GeneratorStamp Load(string path)
    {
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllBytes(path), DatasetJson.Default.GeneratorStamp)
                ?? throw new DatasetFormatException(path, "the generator stamp is empty");
        }
        catch (JsonException e)
        {
            throw new DatasetFormatException(path, $"not a valid generator stamp: {e.Message}", innerException: e);
        }
    }

    /// <summary>Each content-deciding option that differs, as "name there vs here".</summary>
    public IReadOnlyList<string> Differences(GeneratorStamp here)
    {
        var differences = new List<string>();
        void Compare<T>(string name, T there, T wanted)
        {
            if (!EqualityComparer<T>.Default.Equals(there, wanted))
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {there} there vs {wanted} here"));
            }
        }
        Compare("format version", FormatVersion, here.FormatVersion);
        Compare("seed", Seed, here.Seed);
        Compare("episodes", Episodes, here.Episodes);
        Compare("frames per episode", FramesPerEpisode, here.FramesPerEpisode);
        Compare("frame size", FrameSize, here.FrameSize);
        Compare("explore fraction", ExploreFraction, here.ExploreFraction);
        return differences;
    }

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, DatasetJson.Default.GeneratorStamp);
}
