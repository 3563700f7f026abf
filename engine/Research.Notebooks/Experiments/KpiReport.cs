using System.Globalization;
using Microsoft.Data.Analysis;
using Research.Engine.LaunchReport;
using Research.Engine.Reports;
using Research.Engine.Storage;

namespace Research.Notebooks.Experiments;

/// <summary>
/// Notebook 04: the launch checklist the workbench's KPI report shows (<see cref="LaunchChecklistBuilder"/>), answered
/// from stored session runs, as tables and its trend charts.
/// </summary>
public static class KpiReport
{
    /// <summary>
    /// The data folder whose runs the report reads: <paramref name="runsFrom"/> when given; else the workbench's data
    /// folder when it has a run store; else the notebooks' own (where notebooks 01 and 06 store their sessions).
    /// </summary>
    public static string RunsDirectory(string runsFrom, string dataDir = "")
    {
        if (!string.IsNullOrWhiteSpace(runsFrom))
        {
            return Path.GetFullPath(runsFrom);
        }
        var workbench = DataDirectory.Resolve(null);
        return File.Exists(Path.Combine(workbench, LiteDbRunStore.DatabaseFileName)) ? workbench : Lab.DataDirectory(dataDir);
    }

    /// <summary>The workbench's filters from notebook parameters: blank ones match every run; days are <c>yyyy-MM-dd</c> (UTC), inclusive.</summary>
    /// <exception cref="FormatException">A day is not <c>yyyy-MM-dd</c>.</exception>
    public static LaunchFilter Filter(string scenario = "", string mode = "", string from = "", string to = "") =>
        new(Blank(scenario) ? null : scenario.Trim(), Blank(mode) ? null : mode.Trim(), Day(from), Day(to));

    /// <summary>Answers the launch checklist from the session runs of <paramref name="runs"/> that <paramref name="filter"/> selects.</summary>
    public static KpiReportResult Build(OpenedRuns runs, LaunchFilter filter, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var checklist = LaunchChecklistBuilder.Build(runs.Store, filter, time);
        var checks = checklist.Checks;
        // The same words and numbers as the workbench's /report page and its HTML export (LaunchFormat).
        var items = new DataFrame(
            new StringDataFrameColumn("item", checks.Select(c => c.Item.Question)),
            new StringDataFrameColumn("verdict", checks.Select(c => LaunchFormat.Verdict(c.Verdict))),
            new BooleanDataFrameColumn("partial", checks.Select(c => c.IsPartial)),
            new StringDataFrameColumn("figure", checks.Select(c => c.Headline.Criterion.Name)),
            new StringDataFrameColumn("value", checks.Select(c => LaunchFormat.Value(c.Headline.Criterion, c.Headline.Value))),
            new StringDataFrameColumn("threshold", checks.Select(c => LaunchFormat.Threshold(c.Headline.Criterion))),
            new Int32DataFrameColumn("runs", checks.Select(c => c.RunIds.Count)));
        var criteria = checks.SelectMany(c => c.Criteria.Select(r => (c.Item.Id, Result: r))).ToList();
        var figures = new DataFrame(
            new StringDataFrameColumn("item", criteria.Select(c => c.Id)),
            new StringDataFrameColumn("figure", criteria.Select(c => c.Result.Criterion.Name)),
            new StringDataFrameColumn("value", criteria.Select(c => LaunchFormat.Value(c.Result.Criterion, c.Result.Value))),
            new StringDataFrameColumn("worst_run", criteria.Select(c =>
                c.Result.Criterion.Aggregate == FigureAggregate.Median ? LaunchFormat.Value(c.Result.Criterion, c.Result.Worst) : "")),
            new StringDataFrameColumn("threshold", criteria.Select(c => LaunchFormat.Threshold(c.Result.Criterion))),
            new StringDataFrameColumn("floor", criteria.Select(c => LaunchFormat.Floor(c.Result))),
            new StringDataFrameColumn("pools", criteria.Select(c => LaunchFormat.Pool(c.Result.Criterion))),
            new StringDataFrameColumn("verdict", criteria.Select(c => LaunchFormat.Verdict(c.Result.Verdict))),
            new StringDataFrameColumn("why", criteria.Select(c => c.Result.Reason ?? "")),
            new Int32DataFrameColumn("runs", criteria.Select(c => c.Result.RunIds.Count)));
        return new KpiReportResult(checklist, items, figures, [.. checks.Select(c => c.Trend).OfType<LineChart>()],
            RunFigures(checklist), runs.Source);
    }

    /// <summary>
    /// Per run (oldest first): each checklist figure as that run measured it (empty when it did not), so a median can be
    /// traced to the runs behind it. Coverage figures are left out: per run they are only "recorded or not".
    /// </summary>
    private static DataFrame RunFigures(LaunchChecklist checklist)
    {
        var runs = checklist.Runs;
        var columns = new List<DataFrameColumn>
        {
            new StringDataFrameColumn("run", runs.Select(r => r.Run.Id)),
            new StringDataFrameColumn("created_utc", runs.Select(r => r.Run.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture))),
            new StringDataFrameColumn("scenario", runs.Select(r => r.Run.Scenario ?? "")),
            new StringDataFrameColumn("mode", runs.Select(r => r.Run.QualityMode ?? "")),
            new StringDataFrameColumn("origin", runs.Select(r => RunOrigins.ToConfig(r.Origin))),
            new StringDataFrameColumn("fork_of", runs.Select(r => r.ForkOf ?? "")),
        };
        var perRun = checklist.Checks.SelectMany(c => c.Item.Criteria)
            .Where(c => c.Aggregate != FigureAggregate.Coverage)
            // A figure read from one KPI key is named by the key; a computed one by its name.
            .Select(c => (Name: c.Source.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '_') ? c.Source : c.Name, c.PerRun))
            .DistinctBy(c => c.Name);
        columns.AddRange(perRun.Select(c => new DoubleDataFrameColumn(c.Name, runs.Select(r => c.PerRun(r.Values) ?? double.NaN))));
        return new DataFrame(columns);
    }

    private static DateOnly? Day(string text) =>
        Blank(text) ? null : DateOnly.ParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
