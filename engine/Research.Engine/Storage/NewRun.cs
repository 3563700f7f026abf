namespace Research.Engine.Storage;

/// <summary>What a caller says about a run when it starts one; the store fills in the rest of the <see cref="RunDocument"/>.</summary>
public sealed record NewRun
{
    /// <summary>
    /// The run id, or <see langword="null"/> to let the store make one from the kind and the start time.
    /// Ids are 1 to 100 characters of letters, digits, '.', '_' and '-', and are compared case-insensitively.
    /// </summary>
    public string? Id { get; init; }

    /// <summary>What produced the run, for example "simulate", "train" or "session". Required.</summary>
    public string Kind { get; init; } = "";

    /// <summary>A human-readable name.</summary>
    public string? Name { get; init; }

    /// <summary>The scenario the run played.</summary>
    public string? Scenario { get; init; }

    /// <summary>The random seed, when the run has one.</summary>
    public int? Seed { get; init; }

    /// <summary>The quality mode the model ran in.</summary>
    public string? QualityMode { get; init; }

    /// <summary>The model checkpoint the run used or produced.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Free-form labels used to find runs again.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>The configuration the run was started with, as text. Keys compare case-insensitively in the file.</summary>
    public IReadOnlyDictionary<string, string> Config { get; init; } = new Dictionary<string, string>();

    /// <summary>Free-form notes.</summary>
    public string? Notes { get; init; }
}
