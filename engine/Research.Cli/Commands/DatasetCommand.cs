using System.CommandLine;
using System.Globalization;
using Research.Engine.Datasets;
using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary><c>research dataset</c>: generate training data from the world and verify it.</summary>
internal static class DatasetCommand
{
    public static Command Create() => new("dataset", "Generate and verify training datasets.") { Generate(), Verify() };

    private static Command Generate()
    {
        var output = new Option<string>("--out") { Description = "Dataset directory. Run again after an interruption to resume.", Required = true };
        var episodes = new Option<int>("--episodes") { Description = "Number of episodes.", DefaultValueFactory = _ => 32 };
        var frames = new Option<int>("--frames") { Description = "Frames per episode.", DefaultValueFactory = _ => 600 };
        var size = new Option<int>("--size") { Description = "Frame size: a multiple of 16 up to 256.", DefaultValueFactory = _ => 64 };
        var seed = new Option<int>("--seed") { Description = "Dataset seed; each episode's world and steering derive from it.", DefaultValueFactory = _ => 1 };
        var explore = new Option<double>("--explore-fraction") { Description = "Share of episodes in explore worlds (the rest are arenas).", DefaultValueFactory = _ => 0.8 };
        var command = new Command("generate", "Write episodes of frames, actions, prompts and ground truth, with a manifest. Seeded and resumable.")
        {
            output, episodes, frames, size, seed, explore,
        };
        command.SetAction((parse, cancellation) => CliErrors.Guard(() =>
        {
            var options = new DatasetOptions
            {
                OutputDirectory = parse.GetValue(output)!,
                Episodes = parse.GetValue(episodes),
                FramesPerEpisode = parse.GetValue(frames),
                FrameSize = parse.GetValue(size),
                Seed = parse.GetValue(seed),
                ExploreFraction = parse.GetValue(explore),
            };
            options.Validate();
            var manifest = WithProgress("generating", progress => new DatasetGenerator(options).Generate(progress, cancellation));
            AnsiConsole.MarkupLineInterpolated(
                $"[green]dataset[/] {Path.GetFullPath(options.OutputDirectory)}: {manifest.Episodes} episodes, {manifest.Frames} frames, {manifest.Bytes / 1e6:F1} MB ({(double)manifest.Bytes / manifest.Frames:F0} B/frame), content hash {manifest.ContentHash}");
            return 0;
        }));
        return command;
    }

    private static Command Verify()
    {
        var directory = new Argument<string>("directory") { Description = "Dataset directory (holding manifest.json)." };
        var command = new Command("verify", "Check every episode against the manifest: presence, size, SHA-256, full parse, frame count.") { directory };
        command.SetAction((parse, cancellation) => CliErrors.Guard(() =>
        {
            var report = WithProgress("verifying", progress => new DatasetVerifier().Verify(parse.GetValue(directory)!, progress, cancellation));
            foreach (var problem in report.Problems)
            {
                Console.Error.WriteLine($"error: {problem.File}: {problem.Message}");
            }
            var summary = $"{report.EpisodesChecked} episodes, {report.FramesChecked} frames, {report.BytesChecked / 1e6:F1} MB checked; content hash {report.ActualContentHash ?? "n/a"}";
            if (!report.IsValid)
            {
                Console.Error.WriteLine($"dataset {report.Directory} is INVALID: {report.Problems.Count} problem(s); {summary}");
                return CliErrors.UserError;
            }
            AnsiConsole.MarkupLineInterpolated($"[green]dataset {report.Directory} is valid[/]: {summary}");
            return 0;
        }));
        return command;
    }

    private static T WithProgress<T>(string verb, Func<IProgress<DatasetProgress>, T> work) =>
        AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask(verb, maxValue: 1);
                return work(new Progress<DatasetProgress>(p =>
                {
                    task.Value = p.Fraction;
                    task.Description = string.Create(CultureInfo.InvariantCulture,
                        $"{verb} {p.EpisodesCompleted}/{p.EpisodesTotal} episodes, {p.FramesPerSecond:F0} frames/s");
                }));
            });
}
