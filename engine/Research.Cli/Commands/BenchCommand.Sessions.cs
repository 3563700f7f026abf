using System.CommandLine;
using System.Globalization;
using Research.Engine.Benchmarks;
using Research.Engine.Compute;
using Research.Engine.Files;
using Research.Engine.Models;
using Research.Engine.Reports;
using Research.Engine.Storage;
using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary><c>research bench sessions</c>: live sessions against their targets (responses, sustained latency, soft resets, memory, many sessions).</summary>
internal static partial class BenchCommand
{
    /// <summary>Seconds each real-time scenario is cut to in a quick run.</summary>
    private const double QuickSeconds = 2;

    private static Command CreateSessions()
    {
        var checkpoint = new Option<string>("--checkpoint") { Description = "Model checkpoint directory.", DefaultValueFactory = _ => Path.Combine(EvalCommand.ModelsDirectory, "default") };
        var scenarios = new Option<string>("--scenarios-dir") { Description = "Where the standard scenarios are.", DefaultValueFactory = _ => "datasets/scenarios" };
        var threads = new Option<int?>("--threads") { Description = "CPU threads for TorchSharp (default: TorchSharp's own, usually all cores)." };
        var memoryMinutes = new Option<int?>("--memory-minutes") { Description = "Session minutes of the memory replay (default 30; 1 with --quick)." };
        var hostSeconds = new Option<double?>("--host-seconds") { Description = "Seconds of each many-session host run (default 20; 2 with --quick)." };
        var sessions = new Option<string?>("--sessions") { Description = "Session counts for the host runs, comma-separated (default 1,2,4,8,16; 1,2 with --quick)." };
        var batchedOnly = new Option<bool>("--batched-only") { Description = "Skip the unbatched host runs that are compared with the batched ones." };
        var quick = new Option<bool>("--quick") { Description = $"Short everything (real-time scenarios cut to {QuickSeconds:0} s): a smoke run, not a measurement." };
        var output = new Option<FileInfo?>("--out") { Description = "Markdown report; the HTML report goes beside it (default: <data-dir>/reports/bench-sessions.md and .html)." };
        var dataDir = CommonOptions.DataDir();
        var command = new Command("sessions", "Live world-model sessions against their targets: responses and sustained latency in real time, visible response, soft resets, memory, sessions per machine.")
        {
            checkpoint, scenarios, threads, memoryMinutes, hostSeconds, sessions, batchedOnly, quick, output, dataDir,
        };
        command.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            var isQuick = parse.GetValue(quick);
            var options = new SessionBenchmarkOptions
            {
                ScenariosDirectory = parse.GetValue(scenarios)!,
                Checkpoint = parse.GetValue(checkpoint),
                QuickSeconds = isQuick ? QuickSeconds : null,
                VisibleSamples = isQuick ? 8 : 40,
                MemoryMinutes = parse.GetValue(memoryMinutes) ?? (isQuick ? 1 : 30),
                HostSeconds = parse.GetValue(hostSeconds) ?? (isQuick ? 2 : 20),
                SessionCounts = ParseCounts(parse.GetValue(sessions) ?? (isQuick ? "1,2" : "1,2,4,8,16")),
                CompareUnbatched = !parse.GetValue(batchedOnly),
                Tags = isQuick ? ["bench", "quick"] : ["bench"],
            };
            options.Validate();
            if (parse.GetValue(threads) is { } count)
            {
                ComputeThreads.Set(count >= 1 ? count : throw new ArgumentException($"--threads must be at least 1, not {count}."));
            }
            if (!Directory.Exists(options.Checkpoint))
            {
                throw new ArgumentException($"--checkpoint {options.Checkpoint}: no such directory.");
            }
            var (model, metadata) = Checkpoint.Load(options.Checkpoint!, ComputeDevice.Select());
            using var owned = model;
            var source = string.Create(CultureInfo.InvariantCulture, $"checkpoint {Path.GetFullPath(options.Checkpoint!)} (phase {metadata.Phase}, step {metadata.Step})");
            var directory = CommonOptions.ResolveDataDir(parse, dataDir);
            using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = directory });
            SessionBenchmarkResult? result = null;
            await AnsiConsole.Progress().AutoClear(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context => result = await SessionBenchmark.RunAsync(model, options, store, new StageProgress(context), cancellation));
            var report = SessionBenchmarkReport.Build(result!, source);
            var markdown = parse.GetValue(output)?.FullName ?? Path.Combine(directory, "reports", "bench-sessions.md");
            var html = Path.ChangeExtension(markdown, ".html");
            AtomicFile.WriteAllText(markdown, MarkdownReport.Render(report));
            HtmlReport.WriteAtomically(report, html);
            PrintTargets(SessionBenchmarkReport.Targets(result!));
            AnsiConsole.MarkupLineInterpolated($"[green]reports written to[/] {markdown} and {html}; runs stored in {store.DatabasePath}");
            return 0;
        }));
        return command;
    }

    private static List<int> ParseCounts(string text)
    {
        var counts = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            counts.Add(int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1
                ? n : throw new ArgumentException($"--sessions: '{part}' is not a session count of at least 1."));
        }
        return counts.Count > 0 ? counts : throw new ArgumentException("--sessions needs at least one session count.");
    }

    private static void PrintTargets(IReadOnlyList<TargetCheck> checks)
    {
        var table = new Table().AddColumns("figure", "value", "target", "verdict");
        foreach (var check in checks)
        {
            var colour = check.Met switch { true => "green", false => "red", null => "grey" };
            table.AddRow(Markup.Escape(check.Figure), Markup.Escape(check.Value), Markup.Escape(check.Target), $"[{colour}]{check.Verdict}[/]");
        }
        AnsiConsole.Write(table);
    }

    /// <summary>One Spectre progress bar per benchmark stage; reports may come from any thread.</summary>
    private sealed class StageProgress(ProgressContext context) : IProgress<SessionBenchmarkProgress>
    {
        private readonly Lock _gate = new();
        private readonly Dictionary<string, ProgressTask> _tasks = [];

        public void Report(SessionBenchmarkProgress value)
        {
            lock (_gate)
            {
                if (!_tasks.TryGetValue(value.Stage, out var task))
                {
                    task = context.AddTask(Markup.Escape(value.Stage), maxValue: Math.Max(1, value.Total));
                    _tasks.Add(value.Stage, task);
                }
                task.Value = Math.Min(value.Done, task.MaxValue);
            }
        }
    }
}
