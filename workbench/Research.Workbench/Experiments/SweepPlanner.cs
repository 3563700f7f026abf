using Research.Engine.Models;

namespace Research.Workbench.Experiments;

/// <summary>Validates a <see cref="SweepRequest"/> against the catalog and expands it into cells.</summary>
public static class SweepPlanner
{
    /// <summary>The most seeds per scenario a sweep may ask for.</summary>
    public const int MaxSeeds = 5;

    /// <summary>The most cells one sweep may have: at roughly 10 to 30 s a cell in fast replay, about 20 minutes of compute.</summary>
    public const int MaxCells = 48;

    /// <summary>Checks <paramref name="request"/> and lists its cells: scenarios, then modes, then seeds, then checkpoints.</summary>
    /// <returns>The problems, each a sentence for the form; empty when the request is valid.</returns>
    public static IReadOnlyList<string> Plan(SweepRequest request, SweepCatalog catalog, out IReadOnlyList<SweepCell> cells)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(catalog);
        cells = [];
        var problems = new List<string>();
        var known = catalog.ScenarioNames();
        var scenarios = (request.Scenarios ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s.Trim()).Distinct(StringComparer.Ordinal).ToArray();
        var modes = (request.Modes ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).ToArray();
        if (scenarios.Length == 0)
        {
            problems.Add("Choose at least one scenario.");
        }
        foreach (var unknown in scenarios.Where(s => !known.Contains(s, StringComparer.Ordinal)))
        {
            problems.Add($"Unknown scenario '{unknown}'; available: {string.Join(", ", known)}.");
        }
        if (modes.Length == 0)
        {
            problems.Add("Choose at least one quality mode.");
        }
        foreach (var unknown in modes.Where(m => !QualityMode.All.Any(q => q.Name == m)))
        {
            problems.Add($"Unknown quality mode '{unknown}'; expected one of: {string.Join(", ", QualityMode.All.Select(q => q.Name))}.");
        }
        if (request.Seeds is < 1 or > MaxSeeds)
        {
            problems.Add($"Seeds must be between 1 and {MaxSeeds}; got {request.Seeds}.");
        }
        if (!catalog.HasDefault)
        {
            problems.Add($"The default checkpoint is missing ({catalog.CheckpointDirectory(SweepCatalog.DefaultCheckpoint)}): set Workbench:ModelDirectory.");
        }
        if (request.CompareMitigations && !catalog.HasNoMitigations)
        {
            problems.Add($"The {SweepCatalog.NoMitigationsCheckpoint} checkpoint is missing ({catalog.CheckpointDirectory(SweepCatalog.NoMitigationsCheckpoint)}), so mitigations cannot be compared.");
        }
        var checkpoints = request.CompareMitigations ? new[] { SweepCatalog.DefaultCheckpoint, SweepCatalog.NoMitigationsCheckpoint } : [SweepCatalog.DefaultCheckpoint];
        var count = (long)scenarios.Length * modes.Length * Math.Max(0, request.Seeds) * checkpoints.Length;
        if (count > MaxCells)
        {
            problems.Add($"That sweep has {count} cells; the most is {MaxCells}. Choose fewer scenarios, modes or seeds.");
        }
        if (problems.Count > 0)
        {
            return problems;
        }
        var list = new List<SweepCell>();
        foreach (var scenario in scenarios)
        {
            var seed = catalog.LoadScenario(scenario).Seed;
            foreach (var mode in modes)
            {
                for (var k = 0; k < request.Seeds; k++)
                {
                    foreach (var checkpoint in checkpoints)
                    {
                        list.Add(new SweepCell(list.Count, scenario, mode, unchecked(seed + k), checkpoint));
                    }
                }
            }
        }
        cells = list;
        return problems;
    }
}
