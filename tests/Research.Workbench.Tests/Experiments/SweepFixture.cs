using Microsoft.Extensions.Logging.Abstractions;
using Research.Engine.Storage;
using Research.Workbench.Experiments;
using Research.Workbench.Hosting;

namespace Research.Workbench.Tests.Experiments;

/// <summary>A run store and a scenario folder with short scenarios in temp folders, and the shipped checkpoints.</summary>
internal sealed class SweepFixture : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _scenarios = new();

    public SweepFixture()
    {
        WriteScenario("tiny", seconds: 1);
        WriteScenario("long", seconds: 60);
        Catalog = new SweepCatalog(_scenarios.Path, RepositoryRoot.ModelDirectory(null));
        Store = OpenStore();
    }

    public SweepCatalog Catalog { get; }

    public LiteDbRunStore Store { get; private set; }

    public SweepService NewService() => new(Store, Catalog, NullLogger<SweepService>.Instance);

    /// <summary>Closes the store as a stopped process would, leaving whatever was running as it was, and opens it again.</summary>
    public void ReopenStore()
    {
        Store.Dispose();
        Store = OpenStore();
    }

    public void Dispose()
    {
        Store.Dispose();
        _data.Dispose();
        _scenarios.Dispose();
    }

    private LiteDbRunStore OpenStore() => new(new RunStoreOptions { DataDirectory = _data.Path });

    private void WriteScenario(string name, int seconds) => File.WriteAllText(Path.Combine(_scenarios.Path, name + ".json"), $$"""
        {
          "name": "{{name}}",
          "description": "A short scenario for sweep tests.",
          "seed": 7,
          "preset": "meadow",
          "prompt": "sunny meadow",
          "fps": 30,
          "explore": true,
          "duration": {{seconds}},
          "events": [ { "at": 0, "type": "action", "action": "right", "hold": 0.5 } ]
        }
        """);
}
