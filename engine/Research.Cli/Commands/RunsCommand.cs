using System.CommandLine;
using System.Globalization;
using Research.Engine.Storage;
using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary><c>research runs</c>: browse the run store.</summary>
internal static class RunsCommand
{
    public static Command Create()
    {
        var dataDir = CommonOptions.DataDir();
        var status = new Option<RunStatus?>("--status") { Description = "Only runs with this status (Running, Completed, Failed, Interrupted)." };
        var scenario = new Option<string?>("--scenario") { Description = "Only runs of this scenario." };
        var tag = new Option<string?>("--tag") { Description = "Only runs with this tag." };
        var limit = new Option<int>("--limit") { Description = "At most this many runs, newest first.", DefaultValueFactory = _ => 20 };
        var list = new Command("list", "List runs, newest first.") { dataDir, status, scenario, tag, limit };
        list.SetAction(parse => CliErrors.Guard(() =>
        {
            using var store = Open(parse, dataDir);
            var runs = store.QueryRuns(new RunQuery { Status = parse.GetValue(status), Scenario = parse.GetValue(scenario), Tag = parse.GetValue(tag), Limit = parse.GetValue(limit) });
            var table = new Table().AddColumns("id", "kind", "scenario", "status", "last frame", "created (UTC)", "tags");
            foreach (var run in runs)
            {
                table.AddRow(
                    Markup.Escape(run.Id), run.Kind, Markup.Escape(run.Scenario ?? ""), run.Status.ToString(), run.LastFrame.ToString(CultureInfo.InvariantCulture),
                    run.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), Markup.Escape(string.Join(", ", run.Tags)));
            }
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"{runs.Count} run(s) in {store.DatabasePath}");
            return 0;
        }));

        var id = new Argument<string>("run-id") { Description = "The run's id (see runs list)." };
        var show = new Command("show", "Show one run: its config, latest summary and input trace.") { id, dataDir };
        show.SetAction(parse => CliErrors.Guard(() =>
        {
            using var store = Open(parse, dataDir);
            var runId = parse.GetValue(id)!;
            var run = store.GetRun(runId) ?? throw new ArgumentException($"No run with id '{runId}' in {store.DatabasePath}.");
            var table = new Table().AddColumns("field", "value");
            table.AddRow("id", Markup.Escape(run.Id)).AddRow("kind", run.Kind).AddRow("status", run.Status.ToString());
            table.AddRow("scenario", Markup.Escape(run.Scenario ?? "")).AddRow("seed", run.Seed?.ToString(CultureInfo.InvariantCulture) ?? "");
            table.AddRow("frames stored", store.GetFrames(run.Id).Count.ToString(CultureInfo.InvariantCulture));
            table.AddRow("last frame", run.LastFrame.ToString(CultureInfo.InvariantCulture));
            table.AddRow("key frames", store.ListKeyFrames(run.Id).Count.ToString(CultureInfo.InvariantCulture));
            table.AddRow("notes", Markup.Escape(run.Notes ?? "")).AddRow("error", Markup.Escape(run.Error ?? ""));
            foreach (var (key, value) in run.Config)
            {
                table.AddRow($"config.{Markup.Escape(key)}", Markup.Escape(value));
            }
            foreach (var (key, value) in store.GetLatestSummary(run.Id)?.Values ?? new Dictionary<string, double>())
            {
                table.AddRow($"summary.{Markup.Escape(key)}", value.ToString("0.###", CultureInfo.InvariantCulture));
            }
            AnsiConsole.Write(table);
            var inputs = store.GetInputs(run.Id);
            AnsiConsole.MarkupLineInterpolated($"{inputs.Count} input(s); first ones:");
            foreach (var input in inputs.Take(12))
            {
                AnsiConsole.MarkupLineInterpolated($"  #{input.Seq} frame {input.AppliedFrame?.ToString() ?? "-"}: {input.Kind} {input.Payload}{(input.PayloadLength is { } length ? $"... ({length} characters, the rest not stored)" : "")}{(input.Error is { } why ? $" (rejected: {why})" : "")}");
            }
            return 0;
        }));
        return new Command("runs", "Browse the run store.") { list, show };
    }

    private static LiteDbRunStore Open(ParseResult parse, Option<string?> dataDir) =>
        new(new RunStoreOptions { DataDirectory = CommonOptions.ResolveDataDir(parse, dataDir) });
}
