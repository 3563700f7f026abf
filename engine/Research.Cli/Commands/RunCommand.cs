using System.CommandLine;
using System.Globalization;
using Research.Engine.Compute;
using Research.Engine.Models;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary><c>research run</c>: replays a scenario as a live session (model beside its ground-truth shadow), stores the run, prints its KPIs.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var scenario = new Option<string?>("--scenario") { Description = "Scenario file (default: the embedded revisit-loop scenario)." };
        var mode = new Option<string>("--mode") { Description = "Quality mode the session starts in: fast, balanced or quality.", DefaultValueFactory = _ => "fast" };
        var checkpoint = new Option<string>("--checkpoint") { Description = "Model checkpoint directory.", DefaultValueFactory = _ => Path.Combine(EvalCommand.ModelsDirectory, "default") };
        var realtime = new Option<bool>("--realtime") { Description = "Pace frames at the scenario's fps on the wall clock." };
        var fast = new Option<bool>("--fast") { Description = "As fast as the machine computes, deterministic (the default)." };
        var autoReset = new Option<double?>("--auto-reset") { Description = "Soft-reset automatically when the ground-truth-free drift estimate stays above this threshold (0 to 1)." };
        var inject = new Option<string[]>("--inject") { Description = "Inject an error: latent:size@seconds or frame:size@seconds (repeatable); the KPIs report the recovery.", AllowMultipleArgumentsPerToken = false };
        var threads = new Option<int?>("--threads") { Description = "CPU threads for TorchSharp (default: TorchSharp's own, usually all cores)." };
        var tags = new Option<string[]>("--tag") { Description = "Tag for the stored run (repeatable).", AllowMultipleArgumentsPerToken = false };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("run", "Replay a scenario as a live session with the world model and its ground-truth shadow; store the run and print its KPIs.")
        {
            scenario, mode, checkpoint, realtime, fast, autoReset, inject, threads, tags, dataDir,
        };
        command.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            if (parse.GetValue(realtime) && parse.GetValue(fast))
            {
                throw new ArgumentException("Choose one of --realtime and --fast.");
            }
            if (parse.GetValue(threads) is { } count)
            {
                ComputeThreads.Set(count >= 1 ? count : throw new ArgumentException($"--threads must be at least 1, not {count}."));
            }
            var script = SimulateCommand.LoadScenario(parse.GetValue(scenario));
            var options = new ScenarioRunOptions(
                script, QualityMode.Parse(parse.GetValue(mode)!), parse.GetValue(realtime),
                parse.GetValue(checkpoint), parse.GetValue(tags) ?? [],
                parse.GetValue(autoReset) is { } threshold ? new AutoResetPolicy { Threshold = threshold } : null,
                Extra: [.. (parse.GetValue(inject) ?? []).Select(text => Injection(text, script))]);
            options.AutoReset?.Validate();
            var (model, _) = Checkpoint.Load(options.Checkpoint!, ComputeDevice.Select());
            using var owned = model;
            using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = CommonOptions.ResolveDataDir(parse, dataDir) });
            var frames = new ScenarioDriver(options.Scenario).Timeline.WorldFrameCount;
            ScenarioRunResult? result = null;
            await AnsiConsole.Progress().StartAsync(async context =>
            {
                var task = context.AddTask($"{options.Scenario.Name}, {options.Mode.Name}, {(options.Realtime ? "real time" : "fast")}", maxValue: frames);
                result = await ScenarioRunner.RunAsync(model, options, store, new Progress<long>(f => task.Value = f), cancellation);
                task.Value = frames;
            });
            Print(result!, store.DatabasePath);
            return 0;
        }));
        return command;
    }

    /// <summary>An <c>--inject target:size@seconds</c> option as an input at its tick.</summary>
    private static (int Tick, SessionInput Input) Injection(string text, Research.Engine.Scenarios.Scenario scenario)
    {
        var at = text.LastIndexOf('@');
        if (at < 0 || !double.TryParse(text[(at + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            || seconds < 0 || seconds * scenario.Fps >= scenario.DurationFrames)
        {
            throw new ArgumentException($"--inject {text}: expected target:size@seconds with the time inside the scenario's {scenario.DurationSeconds:0.#} s.");
        }
        SessionInput.ParseInjection(text[..at]);
        return ((int)Math.Round(seconds * scenario.Fps), new SessionInput(InputKind.Inject, text[..at]));
    }

    private static void Print(ScenarioRunResult result, string database)
    {
        var table = new Table().AddColumns("KPI", "value");
        foreach (var (name, value) in result.Kpis.ToValues().OrderBy(v => v.Key, StringComparer.Ordinal))
        {
            table.AddRow(name, value.ToString("0.###", CultureInfo.InvariantCulture));
        }
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLineInterpolated($"[green]run {result.RunId}[/] stored in {database} ({result.Log.Frames.Count} frames, {result.Log.Inputs.Count} inputs)");
    }
}
