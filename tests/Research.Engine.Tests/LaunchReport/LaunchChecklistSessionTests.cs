using Research.Engine.LaunchReport;
using Research.Engine.Storage;
using Research.Engine.Tests.Storage;

namespace Research.Engine.Tests.LaunchReport;

/// <summary>Forks count with the session they were forked from; runs that did not complete are listed, not dropped.</summary>
public sealed class LaunchChecklistSessionTests : IDisposable
{
    private readonly LaunchRuns _runs = new();

    [Fact]
    public void Build_SessionForkedThreeTimes_OneVoteAndOneSessionCounted()
    {
        // A slow session forked three times (a fork of a fork among them) against two quick ones. Counted as runs, the four
        // slow ones would outvote the two (median 1500 ms); counted as sessions the median is 300 ms.
        var parent = _runs.Add(With("first_response_p95_ms", 1500));
        var fork = _runs.Add(With("first_response_p95_ms", 1500), forkOf: parent);
        _runs.Add(With("first_response_p95_ms", 1500), forkOf: parent);
        _runs.Add(With("first_response_p95_ms", 1500), forkOf: fork);
        _runs.Add(With("first_response_p95_ms", 200));
        _runs.Add(With("first_response_p95_ms", 300));

        var checklist = Build();

        Assert.Equal((6, 3), (checklist.Runs.Count, checklist.SessionCount));
        Assert.All(checklist.Runs.Take(4), r => Assert.Equal(parent, r.Session));
        var steer = checklist.Checks[0];
        Assert.Equal((LaunchVerdict.Pass, 300.0, 1500.0), (steer.Verdict, steer.Headline.Value, steer.Headline.Worst));
        Assert.Equal(6, steer.RunIds.Count);
        Assert.Equal("3 + 3 forks", LaunchFormat.Sessions(steer));
        var sessions = checklist.Checks.Single(c => c.Item.Id == "scale").Criteria.Single(c => c.Criterion.Aggregate == FigureAggregate.RunCount);
        Assert.Equal(3, sessions.Value);
        Assert.StartsWith("Answered from 3 independent session runs and 3 forks counted with the run they were forked from (6 live;", LaunchFormat.Provenance(checklist), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TwoForksOfAFailedParent_OneSession()
    {
        var parent = _runs.Add(LaunchRuns.Healthy(), status: RunStatus.Failed, error: "model file missing");
        _runs.Add(LaunchRuns.Healthy(), forkOf: parent);
        _runs.Add(LaunchRuns.Healthy(), forkOf: parent);

        var checklist = Build();

        Assert.Equal((2, 1), (checklist.Runs.Count, checklist.SessionCount));
        Assert.All(checklist.Runs, r => Assert.Equal(parent, r.Session));
        Assert.Equal(1, checklist.Checks.Single(c => c.Item.Id == "scale").Criteria[1].Value);
    }

    [Fact]
    public void LoadLeftOut_FailedInterruptedRunningAndNoSummary_ListedWithWhy()
    {
        _runs.Add(LaunchRuns.Healthy());
        var failed = _runs.Add(LaunchRuns.Healthy(), status: RunStatus.Failed, error: "model file missing");
        var failedSilently = _runs.Add(null, status: RunStatus.Failed);
        var cancelled = _runs.Add(LaunchRuns.Healthy(), status: RunStatus.Interrupted, error: "cancelled");
        var crashed = _runs.Add(LaunchRuns.Healthy(), status: RunStatus.Running);
        var empty = _runs.Add(null);
        _runs.Add(null, status: RunStatus.Failed, kind: "train");
        _runs.Add(null, status: RunStatus.Failed, scenario: "revisit-loop");
        _runs.Reopen();

        var leftOut = LaunchChecklistBuilder.LoadLeftOut(_runs.Store, new LaunchFilter("prompt-storm"));

        Assert.Equal(
            [
                (failed, "failed: model file missing"),
                (failedSilently, "failed: no error recorded"),
                (cancelled, "interrupted: cancelled"),
                (crashed, "interrupted: the process writing this run ended without completing it"),
                (empty, "completed without a KPI summary"),
            ],
            leftOut.Select(r => (r.Run.Id, r.Reason)));
    }

    [Fact]
    public void Build_FailedAndInterruptedRuns_SummaryCountsAndListsThem()
    {
        var measured = _runs.Add(LaunchRuns.Healthy());
        var failed = _runs.Add(LaunchRuns.Healthy(), status: RunStatus.Failed, error: "out of memory");
        _runs.Add(LaunchRuns.Healthy(), status: RunStatus.Failed, error: "model file missing");
        _runs.Add(LaunchRuns.Healthy(), status: RunStatus.Interrupted, error: "cancelled");

        var checklist = Build();
        var report = LaunchChecklistReport.ToReport(checklist);

        Assert.Equal([measured], checklist.Runs.Select(r => r.Run.Id));
        Assert.Equal(3, checklist.LeftOut.Count);
        Assert.EndsWith("Left out: 3 runs (2 failed, 1 interrupted).", LaunchFormat.Provenance(checklist), StringComparison.Ordinal);
        Assert.Contains("Left out: 3 runs (2 failed, 1 interrupted).", report.Sections[0].Text, StringComparison.Ordinal);
        var table = report.Sections[0].Tables.Single(t => t.Title == "Runs left out");
        Assert.Equal([failed, "Failed", "failed: out of memory"], [table.Rows[0][0], table.Rows[0][3], table.Rows[0][4]]);
        Assert.Equal("interrupted: cancelled", table.Rows[2][4]);
    }

    [Fact]
    public void Build_NothingLeftOut_SaysSo()
    {
        _runs.Add(LaunchRuns.Healthy());

        var checklist = Build();

        Assert.EndsWith("No selected run was left out.", LaunchFormat.Provenance(checklist), StringComparison.Ordinal);
        Assert.Single(LaunchChecklistReport.ToReport(checklist).Sections[0].Tables);
    }

    [Fact]
    public void Trend_ForksOnOneDay_OnePointPerSession()
    {
        var parent = _runs.Add(With("first_response_p95_ms", 100));
        _runs.Add(With("first_response_p95_ms", 300), forkOf: parent);
        _runs.Add(With("first_response_p95_ms", 500));

        var trend = Build().Checks[0].Trend;

        Assert.NotNull(trend);
        Assert.Equal([1.0, 2], trend.Series[0].X);
        Assert.Equal([200.0, 500], trend.Series[0].Y);
    }

    [Fact]
    public void ToReport_Runs_OriginAndForkOfListed()
    {
        var parent = _runs.Add(LaunchRuns.Healthy());
        var fork = _runs.Add(LaunchRuns.Healthy(), forkOf: parent);
        _runs.Add(LaunchRuns.Healthy(), origin: RunOrigin.Sweep);

        var runs = LaunchChecklistReport.ToReport(Build()).Sections[^1].Tables[0];

        var origin = runs.Columns.ToList().IndexOf("Origin");
        var forkOf = runs.Columns.ToList().IndexOf("Fork of");
        Assert.Equal(["live", "live", "sweep"], runs.Rows.Select(r => r[origin]));
        Assert.Equal(["", parent, ""], runs.Rows.Select(r => r[forkOf]));
        Assert.Equal(fork, runs.Rows[1][0]);
    }

    public void Dispose() => _runs.Dispose();

    private static Dictionary<string, double> With(string key, double value)
    {
        var values = LaunchRuns.Healthy();
        values[key] = value;
        return values;
    }

    private LaunchChecklist Build() => LaunchChecklistBuilder.Build(_runs.Store, new LaunchFilter(), new ManualTimeProvider(StoreTestData.Start));
}
