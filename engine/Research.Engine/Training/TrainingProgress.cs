namespace Research.Engine.Training;

/// <summary>Where a training run is, for progress bars and logs.</summary>
/// <param name="Phase">dynamics (the world model) or upsampler.</param>
/// <param name="PhaseStep">Steps done in this phase.</param>
/// <param name="PhaseSteps">Steps of this phase.</param>
/// <param name="Loss">Mean loss over the last reported steps.</param>
/// <param name="SamplesPerSecond">Windows (dynamics) or frames (upsampler) per second.</param>
/// <param name="Eta">Estimated time to the end of the phase.</param>
/// <param name="Evaluation">The latest held-out figures, if any.</param>
public sealed record TrainingProgress(string Phase, long PhaseStep, long PhaseSteps, double Loss, double SamplesPerSecond, TimeSpan Eta, IReadOnlyDictionary<string, double> Evaluation);

/// <summary>Where a trainer reads and writes.</summary>
public sealed record TrainerOptions
{
    /// <summary>The dataset directory; generated from the config's dataset spec when missing.</summary>
    public required string DatasetDirectory { get; init; }

    /// <summary>The checkpoint directory written during and at the end of training.</summary>
    public required string CheckpointDirectory { get; init; }

    /// <summary>Continue from the checkpoint in <see cref="CheckpointDirectory"/> instead of starting over.</summary>
    public bool Resume { get; init; }

    /// <summary>Compute device; null selects CUDA when available, else the CPU.</summary>
    public TorchSharp.torch.Device? Device { get; init; }

    /// <summary>Run store for the loss curve; null to skip.</summary>
    public Storage.IRunStore? Store { get; init; }
}
