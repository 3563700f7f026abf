namespace Research.Workbench.Experiments;

/// <summary>What the Experiments form asks for: every scenario in every mode with every seed, optionally with and without mitigations.</summary>
/// <param name="Scenarios">Scenario names (files in datasets/scenarios without <c>.json</c>).</param>
/// <param name="Modes">Quality mode names.</param>
/// <param name="Seeds">How many world seeds per scenario: the scenario's own seed, then the next ones.</param>
/// <param name="CompareMitigations">Also run every cell with the no-mitigations ablation beside the default checkpoint.</param>
public sealed record SweepRequest(IReadOnlyList<string> Scenarios, IReadOnlyList<string> Modes, int Seeds, bool CompareMitigations);
