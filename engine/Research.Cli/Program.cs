using System.CommandLine;
using Research.Cli.Commands;
using Research.Engine.Compute;

// Kernel configuration, thread policy and self-test before any command touches libtorch (environment.md, "Numerics").
if (NumericsConfiguration.EnsureApplied() is { Verified: false } numerics)
{
    Console.Error.WriteLine($"warning: {numerics.Describe()}");
}

var root = new RootCommand("research: the research workbench for real-time world models (simulate, datasets, runs, benchmarks).")
{
    SimulateCommand.Create(),
    DatasetCommand.Create(),
    RunsCommand.Create(),
    TrainCommand.Create(),
    PromptCommand.Create(),
    BenchCommand.Create(),
    EvalCommand.Create(),
    RolloutCommand.Create(),
    RunCommand.Create(),
    DeviceCommand.Create(),
    NotebookCommand.Create(),
};
return await root.Parse(args).InvokeAsync();
