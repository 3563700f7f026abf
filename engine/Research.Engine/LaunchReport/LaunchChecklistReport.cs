using System.Globalization;
using Research.Engine.Reports;
using Research.Engine.Storage;

namespace Research.Engine.LaunchReport;

/// <summary>
/// The launch checklist as a <see cref="Report"/>, so <see cref="HtmlReport"/> (one self-contained file) and
/// <see cref="MarkdownReport"/> render it: a summary table, one section per item with its trend and its figures,
/// the thresholds, floors, pools and rules, the runs it was answered from and the runs left out.
/// </summary>
public static class LaunchChecklistReport
{
    /// <summary>The report title.</summary>
    public const string Title = "Launch checklist: KPI report";

    /// <summary>How verdicts are reached, in words; printed in every report.</summary>
    public const string Rules =
        "Each figure is taken per session run from the run's latest KPI summary, then aggregated over the selected runs of the kinds " +
        "it pools (live, replay, sweep; the responsiveness figures pool live sessions only): the median (the typical session) unless " +
        "the table says worst run, share of runs or session count. A fork counts with the session it was forked from: a session's runs " +
        "give one figure, and a session count counts sessions. A figure passes when it is on the right side of its threshold; a figure relative to " +
        "the picture (a ratio, a difference, a recovery) also needs the absolute quality it is relative to, its floor, to be met, and " +
        "fails with the reason stated when it is not (or was not measured). An item fails when any of its measured figures fails, has " +
        "no data when none was measured, and passes otherwise; a pass resting on only some of its figures is marked partial. Only " +
        "completed session runs count: failed, interrupted (cancelled, crashed) and running ones are listed as left out, with why.";

    /// <summary>The report of <paramref name="checklist"/>.</summary>
    public static Report ToReport(LaunchChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        var sections = new List<ReportSection> { Summary(checklist) };
        sections.AddRange(checklist.Checks.Select(Item));
        sections.Add(Thresholds(checklist));
        sections.Add(Runs(checklist));
        return new Report(Title, sections);
    }

    /// <summary>A check's verdict for headings and tables: "PASS", "PASS (partial)", "FAIL" or "NO DATA".</summary>
    public static string Verdict(LaunchCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        var verdict = LaunchFormat.Verdict(check.Verdict).ToUpperInvariant();
        return check.IsPartial ? verdict + " (partial)" : verdict;
    }

    private static ReportSection Summary(LaunchChecklist checklist)
    {
        var text = $"{LaunchFormat.Provenance(checklist)} Overall: {LaunchFormat.Verdict(checklist.Verdict).ToUpperInvariant()}.";
        var rows = checklist.Checks.Select(c => (IReadOnlyList<string>)
        [
            c.Item.Question,
            Verdict(c),
            $"{c.Headline.Criterion.Name}: {LaunchFormat.Value(c.Headline.Criterion, c.Headline.Value)}"
                + (c.Headline.Reason is { } reason ? $" ({reason})" : ""),
            LaunchFormat.Threshold(c.Headline.Criterion),
            LaunchFormat.Sessions(c),
        ]).ToArray();
        var tables = new List<ReportTable> { new("Launch checklist", ["Question", "Answer", "Figure", "Threshold", "Sessions"], rows) };
        if (checklist.LeftOut.Count > 0)
        {
            tables.Add(new ReportTable("Runs left out", ["Run", "Created (UTC)", "Scenario", "Status", "Why"], [.. checklist.LeftOut.Select(r => (IReadOnlyList<string>)
            [
                r.Run.Id, Created(r.Run), r.Run.Scenario ?? "", r.Run.Status.ToString(), r.Reason,
            ])]));
        }
        return new ReportSection("Summary")
        {
            Text = text + "\n\n" + Rules,
            Tables = tables,
        };
    }

    private static ReportSection Item(LaunchCheck check)
    {
        var rows = check.Criteria.Select(c => (IReadOnlyList<string>)
        [
            c.Criterion.Name,
            LaunchFormat.Value(c.Criterion, c.Value),
            c.Criterion.Aggregate == FigureAggregate.Median ? LaunchFormat.Value(c.Criterion, c.Worst) : "",
            LaunchFormat.Threshold(c.Criterion),
            LaunchFormat.Floor(c),
            LaunchFormat.Pool(c.Criterion),
            AggregateName(c.Criterion.Aggregate),
            LaunchFormat.VerdictWithReason(c),
            RunList(c.RunIds),
        ]).ToArray();
        var note = check.Trend is null ? "\n\nNo trend: no selected run measured these figures." : "";
        return new ReportSection($"{check.Item.Question} {Verdict(check)}")
        {
            Text = check.Item.Explanation + note,
            Charts = check.Trend is { } trend ? [trend] : [],
            Tables = [new ReportTable("Figures", ["Figure", "Value", "Worst run", "Threshold", "Floor", "Pools", "Taken as", "Verdict", "Runs"], rows)],
        };
    }

    private static ReportSection Thresholds(LaunchChecklist checklist)
    {
        var rows = checklist.Checks.SelectMany(check => check.Item.Criteria.Select(c => (IReadOnlyList<string>)
        [
            check.Item.Id, c.Name, LaunchFormat.Threshold(c), LaunchFormat.FloorThreshold(c), LaunchFormat.Pool(c), AggregateName(c.Aggregate),
            c.Floor is { } floor ? $"{c.Source}; floor {floor.Source}" : c.Source,
        ])).ToArray();
        return new ReportSection("Thresholds and rules")
        {
            Text = Rules + "\n\nWhy these thresholds and floors: see engine/Research.Engine/LaunchReport/README.md.",
            Tables = [new ReportTable("Thresholds", ["Item", "Figure", "Threshold", "Floor", "Pools", "Taken as", "KPI keys"], rows)],
        };
    }

    private static ReportSection Runs(LaunchChecklist checklist)
    {
        var rows = checklist.Runs.Select(r => (IReadOnlyList<string>)
        [
            r.Run.Id,
            Created(r.Run),
            r.Run.Scenario ?? "",
            r.Run.QualityMode ?? "",
            r.Run.Checkpoint is { } checkpoint ? Path.GetFileName(Path.TrimEndingDirectorySeparator(checkpoint)) : "",
            RunOrigins.ToConfig(r.Origin),
            r.ForkOf ?? "",
            r.Run.Status.ToString(),
            string.Join(", ", r.Run.Tags),
        ]).ToArray();
        return new ReportSection("Runs")
        {
            Text = rows.Length == 0 ? "No completed session run with a KPI summary matches the filters." : "",
            Tables = rows.Length == 0 ? [] : [new ReportTable("Session runs, oldest first", ["Run", "Created (UTC)", "Scenario", "Mode", "Checkpoint", "Origin", "Fork of", "Status", "Tags"], rows)],
        };
    }

    private static string Created(RunDocument run) => run.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string AggregateName(FigureAggregate aggregate) => aggregate switch
    {
        FigureAggregate.Median => "median of runs",
        FigureAggregate.Worst => "worst run",
        FigureAggregate.Coverage => "share of runs",
        _ => "session count",
    };

    /// <summary>Up to five run ids, then how many more: the full list is in the Runs section.</summary>
    private static string RunList(IReadOnlyList<string> ids) =>
        ids.Count <= 5 ? string.Join(", ", ids) : string.Join(", ", ids.Take(5)) + string.Create(CultureInfo.InvariantCulture, $" and {ids.Count - 5} more");
}
