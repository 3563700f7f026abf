using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using Research.Engine.Files;
using TorchSharp;

namespace Research.Engine.Models;

/// <summary>
/// A checkpoint is a directory holding <c>weights.bin</c> (TorchSharp's format) and <c>metadata.json</c>
/// (<see cref="CheckpointMetadata"/>). Saving writes an <see cref="OutputDirectory"/> (a fresh sibling, flushed to
/// disk and swapped in), so after a kill at any point the checkpoint is the old one or the new one, whole, and a folder
/// that is not a checkpoint is never replaced; loading checks format, hash and every shape before reading weights.
/// </summary>
public static class Checkpoint
{
    /// <summary>Current checkpoint format version.</summary>
    public const int FormatVersion = 2;

    /// <summary>File of the weights.</summary>
    public const string WeightsFile = "weights.bin";

    /// <summary>File of the metadata.</summary>
    public const string MetadataFile = "metadata.json";

    /// <summary>Recorded in a checkpoint's output manifest: only a checkpoint is ever replaced by a save.</summary>
    public const string Producer = "checkpoint";

    /// <summary>JSON settings of metadata files.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The running code's version.</summary>
    public static string CodeVersion { get; } =
        typeof(Checkpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Saves <paramref name="model"/> with <paramref name="metadata"/> (shapes, hash and code version are filled in).</summary>
    /// <param name="model">The model.</param>
    /// <param name="directory">The checkpoint directory; replaced whole if it is a previous checkpoint, refused if it holds anything else.</param>
    /// <param name="metadata">What to record.</param>
    /// <param name="extraFiles">Further files to write into the directory, e.g. optimizer state, by name.</param>
    /// <exception cref="OutputDirectoryException">The directory exists and is not a checkpoint; nothing was deleted.</exception>
    public static void Save(WorldModel model, string directory, CheckpointMetadata metadata, IReadOnlyDictionary<string, Action<string>>? extraFiles = null)
    {
        var extras = extraFiles ?? new Dictionary<string, Action<string>>();
        using var output = OutputDirectory.Begin(directory, Producer, LegacyFiles(extras.Keys));
        var weights = Path.Combine(output.Staging, WeightsFile);
        model.save(weights);
        foreach (var (name, write) in extras)
        {
            write(Path.Combine(output.Staging, name));
        }
        var complete = metadata with
        {
            FormatVersion = FormatVersion,
            Model = model.Config,
            CodeVersion = CodeVersion,
            Shapes = Shapes(model),
            WeightsSha256 = Sha256(weights),
        };
        File.WriteAllText(Path.Combine(output.Staging, MetadataFile), JsonSerializer.Serialize(complete, Json));
        output.Commit();
    }

    /// <summary>Checks, before any work, that a checkpoint could be saved to <paramref name="directory"/>.</summary>
    /// <param name="directory">The checkpoint directory.</param>
    /// <param name="extraFiles">Names of further files a checkpoint there may hold, e.g. optimizer state.</param>
    /// <exception cref="OutputDirectoryException">The directory exists and is not a checkpoint.</exception>
    public static void EnsureReplaceable(string directory, IEnumerable<string>? extraFiles = null) =>
        OutputDirectory.EnsureReplaceable(directory, Producer, LegacyFiles(extraFiles ?? []));

    /// <summary>Deletes the checkpoint in <paramref name="directory"/>, if there is one.</summary>
    /// <param name="directory">The checkpoint directory.</param>
    /// <param name="extraFiles">Names of further files a checkpoint there may hold, e.g. optimizer state.</param>
    /// <exception cref="OutputDirectoryException">The directory is not a checkpoint; nothing was deleted.</exception>
    public static void Delete(string directory, IEnumerable<string>? extraFiles = null)
    {
        EnsureReplaceable(directory, extraFiles);
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    /// <summary>Reads and checks a checkpoint's metadata.</summary>
    /// <exception cref="CheckpointException">Missing, unreadable or of another format version.</exception>
    public static CheckpointMetadata ReadMetadata(string directory)
    {
        var path = Path.Combine(directory, MetadataFile);
        if (!Directory.Exists(directory))
        {
            throw new CheckpointException(directory, "no such checkpoint directory.");
        }
        if (!File.Exists(path))
        {
            throw new CheckpointException(directory, $"{MetadataFile} is missing: not a checkpoint, or a save was interrupted.");
        }
        CheckpointMetadata? metadata;
        try
        {
            metadata = JsonSerializer.Deserialize<CheckpointMetadata>(File.ReadAllText(path), Json);
        }
        catch (JsonException ex)
        {
            throw new CheckpointException(path, $"metadata is not valid JSON at line {ex.LineNumber + 1}: {ex.Message}", ex);
        }
        if (metadata is null || metadata.Model is null)
        {
            throw new CheckpointException(path, "metadata has no model config.");
        }
        if (metadata.FormatVersion != FormatVersion)
        {
            throw new CheckpointException(path, $"format version {metadata.FormatVersion}; this build reads version {FormatVersion}.");
        }
        try
        {
            metadata.Model.Validate();
        }
        catch (ArgumentException ex)
        {
            throw new CheckpointException(path, ex.Message, ex);
        }
        return metadata;
    }

    /// <summary>Loads a checkpoint onto <paramref name="device"/>, checking hash and shapes first.</summary>
    /// <exception cref="CheckpointException">Anything about the checkpoint is wrong; the message says what.</exception>
    public static (WorldModel Model, CheckpointMetadata Metadata) Load(string directory, torch.Device? device = null)
    {
        var metadata = ReadMetadata(directory);
        var weights = VerifiedWeights(directory, metadata);
        var model = new WorldModel(metadata.Model);
        var expected = Shapes(model);
        var mismatches = expected.Keys.Union(metadata.Shapes.Keys)
            .Where(name => !expected.TryGetValue(name, out var want) || !metadata.Shapes.TryGetValue(name, out var have) || !want.SequenceEqual(have))
            .Select(name => $"{name}: model {Describe(expected.GetValueOrDefault(name))} vs checkpoint {Describe(metadata.Shapes.GetValueOrDefault(name))}")
            .ToList();
        if (mismatches.Count > 0)
        {
            model.Dispose();
            throw new CheckpointException(directory, $"{mismatches.Count} parameter shape(s) differ from the architecture in its metadata: {string.Join("; ", mismatches.Take(5))}");
        }
        try
        {
            model.load(weights, strict: true);
        }
        catch (Exception ex) when (ex is not CheckpointException)
        {
            model.Dispose();
            throw new CheckpointException(weights, $"TorchSharp could not read the weights: {ex.Message}", ex);
        }
        if (device is not null)
        {
            model.to(device);
        }
        model.eval();
        return (model, metadata);
    }

    private static string VerifiedWeights(string directory, CheckpointMetadata metadata)
    {
        var weights = Path.Combine(directory, WeightsFile);
        if (!File.Exists(weights))
        {
            throw new CheckpointException(directory, $"{WeightsFile} is missing.");
        }
        var hash = Sha256(weights);
        if (!string.Equals(hash, metadata.WeightsSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new CheckpointException(weights, $"SHA-256 {hash} does not match the metadata's {metadata.WeightsSha256}: the file is corrupt or truncated ({new FileInfo(weights).Length} bytes).");
        }
        return weights;
    }

    /// <summary>What a checkpoint held before output manifests: metadata first, so a folder without it is never taken for one.</summary>
    private static string[] LegacyFiles(IEnumerable<string> extraFiles) => [MetadataFile, WeightsFile, .. extraFiles];

    private static Dictionary<string, long[]> Shapes(WorldModel model) =>
        model.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);

    private static string Describe(long[]? shape) => shape is null ? "absent" : $"[{string.Join(", ", shape)}]";

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
