using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using TorchSharp;

namespace Research.Engine.Models;

/// <summary>
/// A checkpoint is a directory holding <c>weights.bin</c> (TorchSharp's format) and <c>metadata.json</c>
/// (<see cref="CheckpointMetadata"/>). Saving writes a sibling temporary directory and renames it, so a
/// checkpoint is whole or absent; loading checks format, hash and every shape before reading weights.
/// </summary>
public static class Checkpoint
{
    /// <summary>Current checkpoint format version.</summary>
    public const int FormatVersion = 2;

    /// <summary>File of the weights.</summary>
    public const string WeightsFile = "weights.bin";

    /// <summary>File of the metadata.</summary>
    public const string MetadataFile = "metadata.json";

    /// <summary>JSON settings of metadata files.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The running code's version.</summary>
    public static string CodeVersion { get; } =
        typeof(Checkpoint).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    /// <summary>Saves <paramref name="model"/> with <paramref name="metadata"/> (shapes, hash and code version are filled in).</summary>
    /// <param name="model">The model.</param>
    /// <param name="directory">The checkpoint directory; replaced whole if it exists.</param>
    /// <param name="metadata">What to record.</param>
    /// <param name="extraFiles">Further files to write into the directory, e.g. optimizer state, by name.</param>
    public static void Save(WorldModel model, string directory, CheckpointMetadata metadata, IReadOnlyDictionary<string, Action<string>>? extraFiles = null)
    {
        var target = Path.GetFullPath(directory);
        var staging = target.TrimEnd(Path.DirectorySeparatorChar) + $".saving-{Environment.ProcessId}";
        if (Directory.Exists(staging))
        {
            Directory.Delete(staging, recursive: true);
        }
        Directory.CreateDirectory(staging);
        var weights = Path.Combine(staging, WeightsFile);
        model.save(weights);
        foreach (var (name, write) in extraFiles ?? new Dictionary<string, Action<string>>())
        {
            write(Path.Combine(staging, name));
        }
        var complete = metadata with
        {
            FormatVersion = FormatVersion,
            Model = model.Config,
            CodeVersion = CodeVersion,
            Shapes = Shapes(model),
            WeightsSha256 = Sha256(weights),
        };
        File.WriteAllText(Path.Combine(staging, MetadataFile), JsonSerializer.Serialize(complete, Json));
        var previous = target + $".old-{Environment.ProcessId}";
        if (Directory.Exists(target))
        {
            Directory.Move(target, previous);
        }
        Directory.Move(staging, target);
        if (Directory.Exists(previous))
        {
            Directory.Delete(previous, recursive: true);
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

    private static Dictionary<string, long[]> Shapes(WorldModel model) =>
        model.named_parameters().ToDictionary(p => p.name, p => p.parameter.shape);

    private static string Describe(long[]? shape) => shape is null ? "absent" : $"[{string.Join(", ", shape)}]";

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
