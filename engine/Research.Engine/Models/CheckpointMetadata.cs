using System.Text.Json.Nodes;

namespace Research.Engine.Models;

/// <summary>What a checkpoint says about itself (<c>metadata.json</c> next to <c>weights.bin</c>).</summary>
public sealed record CheckpointMetadata
{
    /// <summary>Format version of the checkpoint directory.</summary>
    public int FormatVersion { get; init; } = Checkpoint.FormatVersion;

    /// <summary>The architecture; loading builds this model and checks every tensor shape against it.</summary>
    public required ModelConfig Model { get; init; }

    /// <summary>The training config that produced it, as written.</summary>
    public JsonNode? Training { get; init; }

    /// <summary>Content hash of the dataset's manifest it was trained on.</summary>
    public string? DatasetHash { get; init; }

    /// <summary>Training phase reached (dynamics, upsampler, done).</summary>
    public string Phase { get; init; } = "";

    /// <summary>Optimisation steps done in all phases.</summary>
    public long Step { get; init; }

    /// <summary>Evaluation figures at save time (e.g. next_frame_psnr, rollout_30_psnr).</summary>
    public IReadOnlyDictionary<string, double> Metrics { get; init; } = new Dictionary<string, double>();

    /// <summary>Version of the code that wrote it (assembly informational version, with the git commit when known).</summary>
    public string CodeVersion { get; init; } = "";

    /// <summary>When it was written.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Every parameter's name and shape.</summary>
    public IReadOnlyDictionary<string, long[]> Shapes { get; init; } = new Dictionary<string, long[]>();

    /// <summary>SHA-256 of <c>weights.bin</c>, hex; catches truncated or corrupt weights before TorchSharp reads them.</summary>
    public string WeightsSha256 { get; init; } = "";
}
