namespace Research.Engine.Benchmarks;

/// <summary>What the live-session benchmark runs (see <see cref="SessionBenchmark"/>), and how long.</summary>
/// <remarks>
/// Defaults: scenarios from datasets/scenarios, full-length real-time scenarios, 40 visible-response probes on
/// rapid-steering, 30 session minutes for memory, 20 s per host run, 1, 2, 4, 8 and 16 sessions, batching compared
/// with unbatched stepping, runs tagged "bench".
/// </remarks>
public sealed record SessionBenchmarkOptions
{
    /// <summary>The standard scenarios, run in this order; files named <c>&lt;name&gt;.json</c> in <see cref="ScenariosDirectory"/>.</summary>
    public static IReadOnlyList<string> StandardSet { get; } = ["sustained-5min", "rapid-steering", "prompt-storm", "revisit-loop", "idle-60s"];

    /// <summary>Where the scenario files are.</summary>
    public string ScenariosDirectory { get; init; } = "datasets/scenarios";

    /// <summary>The checkpoint's name or path, stored with the runs.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>When set, each real-time scenario is cut to its first this many seconds and the fast replays are short too (a smoke run, not a measurement).</summary>
    /// <remarks>Default null: full length.</remarks>
    public double? QuickSeconds { get; init; }

    /// <summary>Most action-change inputs of rapid-steering the visible response is measured at.</summary>
    public int VisibleSamples { get; init; } = 40;

    /// <summary>Session minutes the memory replay runs.</summary>
    public int MemoryMinutes { get; init; } = 30;

    /// <summary>Seconds each many-session host run lasts.</summary>
    public double HostSeconds { get; init; } = 20;

    /// <summary>Session counts the host is run with, in order.</summary>
    public IReadOnlyList<int> SessionCounts { get; init; } = [1, 2, 4, 8, 16];

    /// <summary>Whether every session count above one is also run with batching off, for comparison.</summary>
    public bool CompareUnbatched { get; init; } = true;

    /// <summary>Tags of the stored runs.</summary>
    public IReadOnlyList<string> Tags { get; init; } = ["bench"];

    /// <summary>Whether this is a shortened smoke run.</summary>
    public bool Quick => QuickSeconds is not null;

    /// <summary>Checks the values; throws naming the first wrong one.</summary>
    /// <exception cref="ArgumentException">A value is out of range.</exception>
    public void Validate()
    {
        Check(QuickSeconds is null or (>= 1 and <= 60), $"quick seconds must be from 1 to 60, not {QuickSeconds}");
        Check(VisibleSamples >= 1, $"visible-response samples must be at least 1, not {VisibleSamples}");
        Check(MemoryMinutes is >= 1 and <= 600, $"memory minutes must be from 1 to 600, not {MemoryMinutes}");
        Check(HostSeconds is >= 1 and <= 3600, $"host seconds must be from 1 to 3600, not {HostSeconds}");
        Check(SessionCounts.Count > 0 && SessionCounts.All(n => n is >= 1 and <= 256), "session counts must be one or more numbers from 1 to 256");
        Check(Directory.Exists(ScenariosDirectory), $"scenarios directory {ScenariosDirectory} does not exist");
    }

    private static void Check(bool ok, string message)
    {
        if (!ok)
        {
            throw new ArgumentException($"Session benchmark: {message}.");
        }
    }
}
