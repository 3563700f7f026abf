using System.CommandLine;
using System.Globalization;
using System.Text;
using Research.Engine.Benchmarks;
using Research.Engine.Files;
using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary><c>research bench</c>: benchmarks that write their figures to a markdown report.</summary>
internal static partial class BenchCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo?>("--out") { Description = "Report file (default: <data-dir>/reports/bench-world.md)." };
        var frames = new Option<int>("--frames") { Description = "Frames per repeat.", DefaultValueFactory = _ => 5000 };
        var dataDir = CommonOptions.DataDir();
        var world = new Command("world", "Frames per second of the ground-truth world's step + render on one thread.") { output, frames, dataDir };
        world.SetAction(parse => CliErrors.Guard(() =>
        {
            var count = parse.GetValue(frames);
            if (count < 100)
            {
                throw new ArgumentException($"--frames must be at least 100, not {count}.");
            }
            var results = AnsiConsole.Status().Start("measuring the world...", _ => WorldBenchmark.Run([64, 128, 256], count));
            var report = WorldReport(results, MachineInfo.Current());
            var path = parse.GetValue(output)?.FullName ?? Path.Combine(CommonOptions.ResolveDataDir(parse, dataDir), "reports", "bench-world.md");
            AtomicFile.WriteAllText(path, report);
            Console.Write(report);
            AnsiConsole.MarkupLineInterpolated($"[green]report written to[/] {path}");
            return 0;
        }));
        return new Command("bench", "Run benchmarks and write reports.") { world, CreateModel(), CreateSessions() };
    }

    private static string WorldReport(IReadOnlyList<WorldBenchmarkResult> results, MachineInfo machine)
    {
        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine("# World benchmark: step + render, one thread").AppendLine();
        text.AppendLine(c, $"Machine: {machine}. Scene: night-town, rain, full object density (the costliest to draw).");
        text.AppendLine("Target: at least 2,000 fps at 64x64 on one core.").AppendLine();
        text.AppendLine("| world | size | frames | median fps | best | worst | step only fps | ms/frame | vs 2,000 fps target |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            text.AppendLine(c, $"| {(r.Explore ? "explore 256x256" : "arena 64x64")} | {r.Size} | {r.Frames} | {r.MedianFps:F0} | {r.BestFps:F0} | {r.WorstFps:F0} | {r.StepOnlyFps:F0} | {1000 / r.MedianFps:F3} | {r.MedianFps / 2000:F1}x |");
        }
        return text.ToString();
    }
}
