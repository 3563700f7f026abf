namespace Research.Engine.Storage;

/// <summary>Configuration of the run store (section "RunStore").</summary>
public sealed class RunStoreOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "RunStore";

    /// <summary>The folder that holds <c>runs.db</c>, for example from a <c>--data-dir</c> option.</summary>
    /// <remarks>
    /// Default <see langword="null"/>: resolved by <see cref="Storage.DataDirectory.Resolve(string?)"/> from the
    /// <c>RESEARCH_DATA_DIR</c> environment variable, then the per-user data folder. The folder is created if missing.
    /// </remarks>
    public string? DataDirectory { get; set; }
}
