using System.CommandLine;
using System.Diagnostics;
using Research.Engine.Files;
using Research.Engine.Scenarios;
using Research.Engine.Simulation;
using Research.Engine.Storage;
using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary><c>research simulate</c>: replays a scenario in the ground-truth world, writes frames and ground truth, stores the run.</summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file (default: the embedded revisit-loop scenario)." };
        var size = new Option<int>("--size") { Description = "Frame size in pixels: a multiple of 16 up to 256.", DefaultValueFactory = _ => 64 };
        var output = new Option<string?>("--out") { Description = "Output directory for strip.png, state.jsonl and frames/ (default: <data-dir>/simulations/<scenario>)." };
        var every = new Option<int?>("--every") { Description = "Every how many frames a frame goes to the strip, frames/ and the store's key frames (default: one per second)." };
        var realtime = new Option<bool>("--realtime") { Description = "Pace frames at the scenario's fps (default: as fast as possible)." };
        var tags = new Option<string[]>("--tag") { Description = "Tag for the stored run (repeatable).", AllowMultipleArgumentsPerToken = false };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("simulate", "Replay a scenario in the ground-truth world; write a frame strip and per-frame ground truth; store the run.")
        {
            scenario, size, output, every, realtime, tags, dataDir,
        };
        command.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            var script = LoadScenario(parse.GetValue(scenario));
            var data = CommonOptions.ResolveDataDir(parse, dataDir);
            // The scenario's name is a checked slug (ScenarioLoader); Child checks again that it stays in simulations/.
            var options = new SimulationOptions(script, parse.GetValue(size), parse.GetValue(output) ?? SafeName.Child(Path.Combine(data, "simulations"), script.Name, "scenario name"),
                parse.GetValue(every) ?? script.Fps, parse.GetValue(realtime), parse.GetValue(tags) ?? [], data);
            return await Simulate(options, TimeProvider.System, cancellation);
        }));
        return command;
    }

    internal static Scenario LoadScenario(string? path)
    {
        if (path is not null)
        {
            return ScenarioLoader.Load(path);
        }
        using var stream = typeof(SimulateCommand).Assembly.GetManifestResourceStream("scenarios/revisit-loop.json")
            ?? throw new InvalidOperationException("The embedded default scenario is missing from the build.");
        using var reader = new StreamReader(stream);
        return ScenarioLoader.Parse(reader.ReadToEnd(), "embedded:revisit-loop.json");
    }

    private static async Task<int> Simulate(SimulationOptions options, TimeProvider time, CancellationToken cancellation)
    {
        if (options.Every < 1)
        {
            throw new ArgumentException($"--every must be at least 1, not {options.Every}.");
        }
        var replay = new ScenarioReplay(options.Scenario, options.Size);
        // Before any run exists: a folder that is not a previous simulation is refused, never replaced.
        using var output = new SimulationOutput(options.OutputDirectory, options.Size);
        foreach (var warning in replay.InitialWarnings)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] initial prompt: {warning}");
        }
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = options.DataDirectory });
        var run = store.CreateRun(new NewRun
        {
            Kind = "simulate",
            Name = $"simulate {options.Scenario.Name}",
            Scenario = options.Scenario.Name,
            Seed = options.Scenario.Seed,
            Tags = options.Tags,
            Config = new Dictionary<string, string>
            {
                ["size"] = options.Size.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["preset"] = options.Scenario.Preset,
                ["explore"] = options.Scenario.Explore.ToString(),
                ["fps"] = options.Scenario.Fps.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["source"] = options.Scenario.SourcePath ?? "",
                ["realtime"] = options.Realtime.ToString(),
            },
        });
        AnsiConsole.MarkupLineInterpolated($"run [bold]{run.Id}[/]: {options.Scenario.Name}, {replay.Timeline.WorldFrameCount} frames at {options.Size}x{options.Size}, store {store.DatabasePath}");

        var recorder = new SimulationRecorder(store, run.Id, flushEvery: options.Scenario.Fps, keyFrameEvery: options.Every);
        var clock = Stopwatch.StartNew();
        var interval = TimeSpan.FromSeconds(1.0 / options.Scenario.Fps);
        var started = time.GetTimestamp();
        try
        {
            foreach (var frame in replay.Run(cancellation))
            {
                output.Write(frame, frame.State.Frame % options.Every == 1 % options.Every);
                var flushed = recorder.Record(frame, clock.Elapsed.TotalMilliseconds, options.Size);
                if (flushed && options.Realtime)
                {
                    Console.WriteLine($"frame {recorder.LastFlushedFrame} flushed");
                }
                if (options.Realtime)
                {
                    var due = TimeSpan.FromTicks(interval.Ticks * (frame.Tick.Index + 1)) - time.GetElapsedTime(started);
                    if (due > TimeSpan.Zero)
                    {
                        await Task.Delay(due, time, cancellation);
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            recorder.Complete(RunStatus.Interrupted, replay.Timeline.Count, time.GetUtcNow(), "cancelled by the user");
            throw;
        }
        output.Complete();
        var summary = recorder.Complete(RunStatus.Completed, replay.Timeline.Count, time.GetUtcNow());
        var fps = summary["frames"] / clock.Elapsed.TotalSeconds;

        var table = new Table().AddColumns("summary", "value");
        foreach (var (key, value) in summary)
        {
            table.AddRow(key, SimulationRecorder.Format(value));
        }
        table.AddRow("wall time s", clock.Elapsed.TotalSeconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
        table.AddRow("frames/s (step, render, encode, store)", fps.ToString("0", System.Globalization.CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"[green]wrote[/] {output.Directory}: strip.png, state.jsonl, frames/ ({output.SampledFrames} sampled frames); run {run.Id} stored");
        return 0;
    }

    private sealed record SimulationOptions(Scenario Scenario, int Size, string OutputDirectory, int Every, bool Realtime, IReadOnlyList<string> Tags, string DataDirectory);
}
