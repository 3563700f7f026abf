using Research.Engine.Scenarios;

namespace Research.Workbench.Experiments;

/// <summary>What a sweep may use: the scenario files of a folder and the default checkpoint with its no-mitigations ablation beside it.</summary>
/// <param name="scenarioDirectory">The folder of scenario files (datasets/scenarios).</param>
/// <param name="defaultModelDirectory">The default checkpoint folder; the ablation is the sibling folder <c>no-mitigations</c>.</param>
public sealed class SweepCatalog(string scenarioDirectory, string defaultModelDirectory)
{
    /// <summary>The name cells of the default checkpoint carry.</summary>
    public const string DefaultCheckpoint = "default";

    /// <summary>The name cells of the ablation without drift mitigations carry (its folder name).</summary>
    public const string NoMitigationsCheckpoint = "no-mitigations";

    /// <summary>The scenario names available, sorted.</summary>
    public IReadOnlyList<string> ScenarioNames() =>
        Directory.Exists(scenarioDirectory)
            ? Directory.GetFiles(scenarioDirectory, "*.json").Select(Path.GetFileNameWithoutExtension).OfType<string>().Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>Whether the default checkpoint is there.</summary>
    public bool HasDefault => Directory.Exists(CheckpointDirectory(DefaultCheckpoint));

    /// <summary>Whether the no-mitigations ablation is there to compare with.</summary>
    public bool HasNoMitigations => Directory.Exists(CheckpointDirectory(NoMitigationsCheckpoint));

    /// <summary>Loads scenario <paramref name="name"/>; callers pass only names from <see cref="ScenarioNames"/>.</summary>
    public Scenario LoadScenario(string name) => ScenarioLoader.Load(Path.Combine(scenarioDirectory, name + ".json"));

    /// <summary>The folder of checkpoint <paramref name="name"/>.</summary>
    public string CheckpointDirectory(string name) => name == DefaultCheckpoint
        ? defaultModelDirectory
        : Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(defaultModelDirectory)) ?? ".", name);
}
