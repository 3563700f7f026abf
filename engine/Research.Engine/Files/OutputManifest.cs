using System.Text.Json;

namespace Research.Engine.Files;

/// <summary>
/// The file an <see cref="OutputDirectory"/> writes last into its folder, <c>.research-output.json</c>: who wrote the
/// folder and every file it wrote. It is what lets the next run replace the folder, and nothing else.
/// </summary>
/// <param name="Producer">What wrote the folder, e.g. <c>research simulate</c>.</param>
/// <param name="Files">Every file written, relative to the folder, with <c>/</c> separators, the manifest itself excluded.</param>
internal sealed record OutputManifest(string Producer, IReadOnlyList<string> Files)
{
    public const string FileName = ".research-output.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>Lists the files under <paramref name="folder"/> as written by <paramref name="producer"/>.</summary>
    public static OutputManifest Of(string folder, string producer) =>
        new(producer, [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(file => Relative(folder, file))
            .Where(name => name != FileName)
            .Order(StringComparer.Ordinal)]);

    /// <summary>Reads the manifest of <paramref name="folder"/>, or <see langword="null"/> when it has none or it is unreadable.</summary>
    public static OutputManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<OutputManifest>(File.ReadAllBytes(path), Json) is { Producer: not null, Files: not null } manifest ? manifest : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string folder) => AtomicFile.WriteAllBytes(Path.Combine(folder, FileName), JsonSerializer.SerializeToUtf8Bytes(this, Json));

    public static string Relative(string folder, string path) => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
}
