namespace Research.Engine.Storage;

/// <summary>Key performance figures of a run, written while it runs (partial) and when it ends (collection <c>summaries</c>).</summary>
public sealed record KpiSummary
{
    /// <summary>The run summarised.</summary>
    public string RunId { get; init; } = "";

    /// <summary>Whether the summary covers only part of the run (written while it was still running).</summary>
    public bool Partial { get; init; }

    /// <summary>The last frame the summary covers.</summary>
    public int Frame { get; init; }

    /// <summary>When the store wrote the summary; set by the store.</summary>
    public DateTimeOffset WrittenAt { get; init; }

    /// <summary>The figures by name, for example "fps_p50" or "latency_p95_ms". Names compare case-insensitively in the file.</summary>
    public IReadOnlyDictionary<string, double> Values { get; init; } = new Dictionary<string, double>();
}
