using Research.Engine.Compute;
using Research.Engine.Models;
using Research.Engine.Scenarios;

namespace Research.Notebooks.Experiments;

/// <summary>What every notebook starts from: the shipped models and scenarios, the notebooks' own data folder, threads.</summary>
public static class Lab
{
    /// <summary>The shipped default model, relative to the repository root.</summary>
    public const string DefaultCheckpoint = "engine/models/default";

    /// <summary>Loads a checkpoint; a relative path is taken from the repository root.</summary>
    /// <exception cref="DirectoryNotFoundException">No checkpoint there.</exception>
    public static LoadedModel LoadModel(string checkpoint = DefaultCheckpoint)
    {
        var path = Path.IsPathRooted(checkpoint) ? checkpoint : Notebook.PathOf(checkpoint);
        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException($"No model checkpoint at {path}.");
        }
        var (model, metadata) = Checkpoint.Load(path, ComputeDevice.Select());
        model.eval();
        return new LoadedModel(model, metadata, Path.GetFullPath(path));
    }

    /// <summary>
    /// A shipped scenario (<c>datasets/scenarios/&lt;name&gt;.json</c>, or a path), cut to its first <paramref name="seconds"/>
    /// when given (events after the cut are dropped).
    /// </summary>
    public static Scenario LoadScenario(string name, double? seconds = null)
    {
        var path = name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? name : Notebook.PathOf($"datasets/scenarios/{name}.json");
        var scenario = ScenarioLoader.Load(path);
        return seconds is { } cut ? Cut(scenario, (int)Math.Round(cut * scenario.Fps)) : scenario;
    }

    /// <summary><paramref name="scenario"/> cut to its first <paramref name="frames"/> frames (at least 2); events after the cut are dropped.</summary>
    public static Scenario Cut(Scenario scenario, int frames)
    {
        frames = Math.Max(2, frames);
        return frames >= scenario.DurationFrames
            ? scenario
            : scenario with { DurationFrames = frames, Events = [.. scenario.Events.Where(e => e.Frame < frames)] };
    }

    /// <summary>
    /// The notebooks' data folder: <paramref name="dataDir"/> when given, else <c>notebooks</c> under the workbench's data
    /// folder (<c>RESEARCH_DATA_DIR</c> or the per-user default). Notebooks write their runs there, never into the
    /// workbench's own <c>runs.db</c>; they read the workbench's runs through <c>Research.Engine.Storage.StoreSnapshot.OpenRuns</c>.
    /// </summary>
    public static string DataDirectory(string dataDir = "")
    {
        var path = string.IsNullOrWhiteSpace(dataDir)
            ? Path.Combine(Research.Engine.Storage.DataDirectory.Resolve(null), "notebooks")
            : Path.GetFullPath(dataDir);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>A comma-separated list of numbers (invariant culture), e.g. a parameter "0,0.05,0.1".</summary>
    /// <exception cref="FormatException">An item is not a number.</exception>
    public static IReadOnlyList<double> Numbers(string list) =>
        [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => double.TryParse(s, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v)
                ? v : throw new FormatException($"'{s}' in \"{list}\" is not a number."))];

    /// <summary>Sets TorchSharp's CPU threads (0 leaves the process default: <c>RESEARCH_THREADS</c>, else 1; see environment.md, "Numerics").</summary>
    public static void Threads(int threads)
    {
        if (threads > 0)
        {
            ComputeThreads.Set(threads);
        }
    }
}
