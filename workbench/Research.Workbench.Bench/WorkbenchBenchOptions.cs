namespace Research.Workbench.Bench;

/// <summary>How long the workbench benchmark measures.</summary>
internal sealed record WorkbenchBenchOptions
{
    /// <summary>Length of each measured phase (steering one tab, steering two tabs), in seconds; default 20.</summary>
    public int Seconds { get; init; } = 20;

    /// <summary>Page loads timed for time to interactive (after one cold load); default 5.</summary>
    public int Loads { get; init; } = 5;

    /// <summary>How long each scripted key is held; default 100 ms.</summary>
    public TimeSpan Hold { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>The pause after each release; default 150 ms (about 4 presses a second).</summary>
    public TimeSpan Gap { get; init; } = TimeSpan.FromMilliseconds(150);
}
