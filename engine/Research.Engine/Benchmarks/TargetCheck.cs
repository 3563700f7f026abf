namespace Research.Engine.Benchmarks;

/// <summary>One measured figure beside its target.</summary>
/// <param name="Figure">What was measured.</param>
/// <param name="Value">The measured value, formatted.</param>
/// <param name="Target">The target, in words.</param>
/// <param name="Met">Whether the target was met; null when the figure could not be measured (too short a run).</param>
public sealed record TargetCheck(string Figure, string Value, string Target, bool? Met)
{
    /// <summary>"met", "not met" or "n/a".</summary>
    public string Verdict => Met switch { true => "met", false => "not met", null => "n/a" };
}
