using System.CommandLine;
using System.Globalization;
using Research.Engine.Compute;
using Research.Engine.Files;
using Research.Engine.Storage;
using Research.Engine.Training;
using Spectre.Console;
using TorchSharp;

namespace Research.Cli.Commands;

/// <summary><c>research train</c>: trains a world model from a config file, with checkpoints and resume.</summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var config = new Option<string>("--config") { Description = "Training config (JSON), e.g. engine/models/default.train.json.", Required = true };
        var output = new Option<string?>("--out") { Description = "Checkpoint directory (default: <data-dir>/checkpoints/<name>)." };
        var resume = new Option<bool>("--resume") { Description = "Continue from the checkpoint in --out after an interruption." };
        var device = new Option<string?>("--device") { Description = "auto, cpu or cuda." };
        var threads = new Option<int?>("--threads") { Description = "CPU threads for TorchSharp (default: all cores)." };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("train", "Train the world model (motion, memory and corrector, then the quality upsampler) on a generated dataset; checkpoints as it goes.")
        {
            config, output, resume, device, threads, dataDir,
        };
        command.SetAction((parse, cancellation) => CliErrors.Guard(() =>
        {
            var settings = TrainingConfig.Load(parse.GetValue(config)!);
            var data = CommonOptions.ResolveDataDir(parse, dataDir);
            if (parse.GetValue(threads) is { } count)
            {
                Research.Engine.Compute.ComputeThreads.Set(count);
            }
            var spec = settings.Dataset;
            var datasetDirectory = Path.Combine(data, "datasets", string.Create(CultureInfo.InvariantCulture,
                $"s{spec.Seed}-{spec.Episodes}x{spec.FramesPerEpisode}-{settings.Model.FrameSize}-e{spec.ExploreFraction:0.##}"));
            var checkpoint = parse.GetValue(output) ?? SafeName.Child(Path.Combine(data, "checkpoints"), settings.Name, "model name");
            using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = data });
            var text = parse.GetValue(device);
            var trainer = new Trainer(settings, new TrainerOptions
            {
                DatasetDirectory = datasetDirectory,
                CheckpointDirectory = checkpoint,
                Resume = parse.GetValue(resume),
                Device = ComputeDevice.Select(text is null ? null : ComputeDevice.ParsePreference(text)),
                Store = store,
            }, TimeProvider.System);
            AnsiConsole.MarkupLineInterpolated($"training [bold]{settings.Name}[/]: dataset {datasetDirectory}, checkpoint {checkpoint}, {torch.get_num_threads()} threads");
            var metadata = AnsiConsole.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .Start(context =>
                {
                    var tasks = new Dictionary<string, ProgressTask>();
                    return trainer.Run(new SynchronousProgress<TrainingProgress>(p =>
                    {
                        if (!tasks.TryGetValue(p.Phase, out var task))
                        {
                            task = tasks[p.Phase] = context.AddTask(p.Phase, maxValue: p.PhaseSteps);
                        }
                        task.Value = p.PhaseStep;
                        var evaluation = string.Join(" ", p.Evaluation.Select(e => string.Create(CultureInfo.InvariantCulture, $"{e.Key}={e.Value:F2}")));
                        task.Description = string.Create(CultureInfo.InvariantCulture,
                            $"{p.Phase} {p.PhaseStep}/{p.PhaseSteps} loss {p.Loss:F5} {p.SamplesPerSecond:F1}/s eta {p.Eta:hh\\:mm\\:ss} {evaluation}");
                        if (Console.IsOutputRedirected)
                        {
                            Console.WriteLine(task.Description);
                        }
                    }), cancellation);
                });
            var table = new Table().AddColumns("metric", "value");
            foreach (var (key, value) in metadata.Metrics)
            {
                table.AddRow(key, value.ToString("0.00", CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"[green]checkpoint[/] {checkpoint}");
            return 0;
        }));
        return command;
    }

    /// <summary>Reports on the caller's thread, in order (Progress&lt;T&gt; posts to the thread pool).</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
