using System.CommandLine;
using System.Globalization;
using Research.Engine.Benchmarks;
using Research.Engine.Files;
using Research.Engine.Models;
using Research.Engine.Training;
using Spectre.Console;
using TorchSharp;

namespace Research.Cli.Commands;

/// <summary><c>research bench model</c>: what the world model costs per frame, per quality mode, on this machine.</summary>
internal static partial class BenchCommand
{
    /// <summary>Checkpoint benchmarked when neither --checkpoint nor --config is given, relative to the working directory.</summary>
    private const string DefaultCheckpoint = "engine/models/default";

    private static Command CreateModel()
    {
        var checkpoint = new Option<string?>("--checkpoint") { Description = $"Checkpoint directory (default: {DefaultCheckpoint} if it exists, else an untrained model)." };
        var config = new Option<string?>("--config") { Description = "Instead of a checkpoint: a training config (JSON) whose model section is benchmarked untrained." };
        var frames = new Option<int>("--frames") { Description = $"Timed frames per quality mode (at least {ModelBenchmarkOptions.MinimumFrames}).", DefaultValueFactory = _ => 200 };
        var threads = new Option<int?>("--threads") { Description = "CPU threads for TorchSharp (default: TorchSharp's own, usually all cores)." };
        var output = new Option<FileInfo?>("--out") { Description = "Report file (default: <data-dir>/reports/bench-model.md)." };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("model", "Milliseconds, FLOPs and share of the matmul peak per generated frame, per quality mode.")
        {
            checkpoint, config, frames, threads, output, dataDir,
        };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            var options = new ModelBenchmarkOptions { Frames = parse.GetValue(frames) };
            if (options.Frames < ModelBenchmarkOptions.MinimumFrames)
            {
                throw new ArgumentException($"--frames must be at least {ModelBenchmarkOptions.MinimumFrames}, not {options.Frames}.");
            }
            if (parse.GetValue(threads) is { } count)
            {
                if (count < 1)
                {
                    throw new ArgumentException($"--threads must be at least 1, not {count}.");
                }
                Research.Engine.Compute.ComputeThreads.Set(count);
            }
            var (model, source, trained) = LoadModel(parse.GetValue(checkpoint), parse.GetValue(config));
            using var owned = model;
            var result = AnsiConsole.Status().Start("measuring the model...", status =>
                ModelBenchmark.Run(model, options, new StatusProgress(text => status.Status(Markup.Escape(text)))));
            var report = ModelBenchmarkReport.ToMarkdown(result, source, trained);
            var path = parse.GetValue(output)?.FullName ?? Path.Combine(CommonOptions.ResolveDataDir(parse, dataDir), "reports", "bench-model.md");
            AtomicFile.WriteAllText(path, report);
            Console.Write(report);
            AnsiConsole.MarkupLineInterpolated($"[green]report written to[/] {path}");
            return 0;
        }));
        return command;
    }

    /// <summary>The model to measure, a description for the report, and whether its weights were trained.</summary>
    private static (WorldModel Model, string Source, bool Trained) LoadModel(string? checkpoint, string? config)
    {
        if (checkpoint is not null && config is not null)
        {
            throw new ArgumentException("Give --checkpoint or --config, not both.");
        }
        if (checkpoint is not null && !Directory.Exists(checkpoint))
        {
            throw new ArgumentException($"--checkpoint {checkpoint}: no such directory.");
        }
        checkpoint ??= config is null && Directory.Exists(DefaultCheckpoint) ? DefaultCheckpoint : null;
        if (checkpoint is not null)
        {
            var (model, metadata) = Checkpoint.Load(checkpoint);
            var trained = metadata.Step > 0;
            return (model, string.Create(CultureInfo.InvariantCulture, $"checkpoint {Path.GetFullPath(checkpoint)} (phase {metadata.Phase}, step {metadata.Step})"), trained);
        }
        var architecture = config is null ? new ModelConfig() : TrainingConfig.Load(config).Model;
        // A fixed seed keeps the untrained weights, and so any value-dependent cost, the same from run to run.
        torch.random.manual_seed(1);
        var untrained = new WorldModel(architecture);
        return (untrained, config is null
            ? $"untrained default config (no checkpoint at {DefaultCheckpoint})"
            : $"untrained architecture of {config}", false);
    }

    /// <summary>Shows stage descriptions on the caller's thread (Progress&lt;T&gt; would post them to the thread pool).</summary>
    private sealed class StatusProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
