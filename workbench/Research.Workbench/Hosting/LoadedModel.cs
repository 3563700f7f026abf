using Research.Engine.Models;

namespace Research.Workbench.Hosting;

/// <summary>The world model, loaded once per process and shared by every live session.</summary>
/// <param name="Model">The model (sessions share, never own, it).</param>
/// <param name="Name">The checkpoint's folder name, stored with each run.</param>
public sealed record LoadedModel(WorldModel Model, string Name)
{
    /// <summary>Loads the checkpoint in <paramref name="directory"/> and warms it up in the fast mode.</summary>
    public static LoadedModel Load(string directory)
    {
        var (model, _) = Checkpoint.Load(directory, Research.Engine.Compute.ComputeDevice.Select());
        Research.Engine.Sessions.ScenarioRunner.WarmUp(model, QualityMode.Fast);
        return new LoadedModel(model, Path.GetFileName(Path.TrimEndingDirectorySeparator(directory)));
    }
}
