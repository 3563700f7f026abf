using Research.Engine.Models;

namespace Research.Notebooks.Experiments;

/// <summary>A world model loaded from its checkpoint directory, with where it came from; disposing frees its tensors.</summary>
/// <param name="Model">The model.</param>
/// <param name="Metadata">Its checkpoint metadata.</param>
/// <param name="Checkpoint">Its checkpoint directory (full path).</param>
public sealed record LoadedModel(WorldModel Model, CheckpointMetadata Metadata, string Checkpoint) : IDisposable
{
    /// <summary>The checkpoint's short name (its directory name), e.g. "default".</summary>
    public string Name => Path.GetFileName(Path.TrimEndingDirectorySeparator(Checkpoint));

    /// <summary>Frame side in pixels.</summary>
    public int FrameSize => Metadata.Model.FrameSize;

    /// <inheritdoc />
    public void Dispose() => Model.Dispose();

    /// <summary>The model, its size and training step, in one line.</summary>
    public override string ToString() =>
        $"{Name}: {Model.ParameterCount:N0} parameters, {FrameSize}x{FrameSize}, trained to {Metadata.Phase} step {Metadata.Step}";
}
