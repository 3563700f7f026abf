namespace Research.Workbench.Experiments;

/// <summary>What <see cref="SweepService.Start"/> gives back.</summary>
/// <param name="Sweep">The queued sweep, or null when the request was refused.</param>
/// <param name="Problems">Why it was refused, one sentence each; empty when it was queued.</param>
public sealed record SweepStart(SweepProgress? Sweep, IReadOnlyList<string> Problems);
