namespace Research.Engine.Storage;

/// <summary>Reads and writes a session run's <see cref="RunOrigin"/> and the run it was forked from.</summary>
public static class RunOrigins
{
    /// <summary>The config key a session run's origin is stored under: "live", "replay" or "sweep".</summary>
    public const string ConfigKey = "origin";

    /// <summary>The config key a forked session stores its parent run's id under.</summary>
    public const string ForkOfKey = "fork_of";

    /// <summary>The config key of the pace a session ran at: "realtime" or "fast".</summary>
    public const string PaceKey = "pace";

    /// <summary>The start of a sweep record's id (the store makes ids from the kind); a sweep tags its cells with it.</summary>
    private const string SweepIdPrefix = "sweep-";

    /// <summary>The config text of <paramref name="origin"/>: "live", "replay" or "sweep".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="origin"/> is not a single origin.</exception>
    public static string ToConfig(RunOrigin origin) => origin switch
    {
        RunOrigin.Live => "live",
        RunOrigin.Replay => "replay",
        RunOrigin.Sweep => "sweep",
        _ => throw new ArgumentOutOfRangeException(nameof(origin), origin, "A run has exactly one origin."),
    };

    /// <summary>Where <paramref name="run"/> came from.</summary>
    /// <remarks>
    /// The <see cref="ConfigKey"/> entry when the run has one. Runs stored before it was written are told apart by what they
    /// did record: a sweep tags its cells with the sweep's id (<c>sweep-…</c>), and a run paced on the real clock has
    /// <see cref="PaceKey"/> "realtime". Anything else counts as a replay: nothing says it was paced like a live session.
    /// </remarks>
    public static RunOrigin Of(RunDocument run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (Config(run, ConfigKey) is { } stored && Parse(stored) is { } origin)
        {
            return origin;
        }
        if (run.Tags.Any(t => t.StartsWith(SweepIdPrefix, StringComparison.OrdinalIgnoreCase)))
        {
            return RunOrigin.Sweep;
        }
        return string.Equals(Config(run, PaceKey), "realtime", StringComparison.OrdinalIgnoreCase) ? RunOrigin.Live : RunOrigin.Replay;
    }

    /// <summary>The id of the run <paramref name="run"/> was forked from; null when it is no fork.</summary>
    public static string? ForkOf(RunDocument run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Config(run, ForkOfKey) is { Length: > 0 } parent ? parent.Trim() : null;
    }

    /// <summary>A pool of origins in words: "live", "live, replay, sweep", or "none".</summary>
    public static string Describe(RunOrigin pool)
    {
        string[] names = [.. new[] { RunOrigin.Live, RunOrigin.Replay, RunOrigin.Sweep }.Where(o => (pool & o) != 0).Select(ToConfig)];
        return names.Length == 0 ? "none" : string.Join(", ", names);
    }

    /// <summary>The single origin <paramref name="text"/> names ("live", "replay", "sweep", any case); null for anything else.</summary>
    public static RunOrigin? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "live" => RunOrigin.Live,
        "replay" => RunOrigin.Replay,
        "sweep" => RunOrigin.Sweep,
        _ => null,
    };

    // Config keys compare case-insensitively in the file, but a document built in memory may use an ordinal dictionary.
    private static string? Config(RunDocument run, string key) =>
        run.Config.TryGetValue(key, out var value) ? value
        : run.Config.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
}
