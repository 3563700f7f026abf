using Research.Engine.LaunchReport;
using Research.Engine.Storage;
using Research.Engine.Tests.Storage;

namespace Research.Engine.Tests.LaunchReport;

public sealed class LaunchChecklistBuilderTests : IDisposable
{
    private readonly LaunchRuns _runs = new();

    [Fact]
    public void Build_NoRuns_EveryItemNoData()
    {
        var checklist = Build(new LaunchFilter());

        Assert.Equal(["steer", "coherent", "recovery", "live", "scale"], checklist.Checks.Select(c => c.Item.Id));
        Assert.All(checklist.Checks, c => Assert.Equal(LaunchVerdict.NoData, c.Verdict));
        Assert.All(checklist.Checks, c => Assert.Null(c.Trend));
        Assert.Equal(LaunchVerdict.NoData, checklist.Verdict);
    }

    [Fact]
    public void Build_HealthyRuns_EveryItemPassesWithItsRuns()
    {
        var ids = Enumerable.Range(0, 3).Select(_ => _runs.Add(LaunchRuns.Healthy())).ToArray();

        var checklist = Build(new LaunchFilter());

        Assert.All(checklist.Checks, c => Assert.Equal(LaunchVerdict.Pass, c.Verdict));
        Assert.All(checklist.Checks, c => Assert.False(c.IsPartial));
        Assert.All(checklist.Checks, c => Assert.Equal(ids, c.RunIds));
        Assert.All(checklist.Checks, c => Assert.NotNull(c.Trend));
        Assert.Equal(LaunchVerdict.Pass, checklist.Verdict);
    }

    [Fact]
    public void Build_OneSlowRunOfThree_SteerPassesOnTheMedianAndShowsTheWorst()
    {
        _runs.Add(With("first_response_p95_ms", 70));
        _runs.Add(With("first_response_p95_ms", 1500));
        _runs.Add(With("first_response_p95_ms", 90));

        var steer = Build(new LaunchFilter()).Checks[0];

        Assert.Equal(LaunchVerdict.Pass, steer.Verdict);
        Assert.Equal(90, steer.Headline.Value);
        Assert.Equal(1500, steer.Headline.Worst);
        Assert.Equal(1000, steer.Headline.Criterion.Threshold);
    }

    [Fact]
    public void Build_SlowMedian_SteerFails()
    {
        _runs.Add(With("first_response_p95_ms", 1200));
        _runs.Add(With("first_response_p95_ms", 1100));

        var checklist = Build(new LaunchFilter());

        Assert.Equal(LaunchVerdict.Fail, checklist.Checks[0].Verdict);
        Assert.Equal(1150, checklist.Checks[0].Headline.Value);
        Assert.Equal(LaunchVerdict.Fail, checklist.Verdict);
    }

    [Fact]
    public void Build_OneRunNeverRecovered_RecoveryFailsOnTheWorstRun()
    {
        _runs.Add(LaunchRuns.Healthy());
        _runs.Add(LaunchRuns.Healthy());
        _runs.Add(With("injections_never_recovered", 1));

        var recovery = Build(new LaunchFilter()).Checks.Single(c => c.Item.Id == "recovery");

        Assert.Equal(LaunchVerdict.Fail, recovery.Verdict);
        var never = recovery.Criteria.Single(c => c.Criterion.Source == "injections_never_recovered");
        Assert.Equal((LaunchVerdict.Fail, 1.0), (never.Verdict, never.Value));
    }

    [Fact]
    public void Build_OnlySomeFiguresMeasured_PartialPass()
    {
        var values = LaunchRuns.Healthy();
        values.Remove("revisit_model_psnr_mean");
        _runs.Add(values);

        var coherent = Build(new LaunchFilter()).Checks.Single(c => c.Item.Id == "coherent");

        Assert.Equal(LaunchVerdict.Pass, coherent.Verdict);
        Assert.True(coherent.IsPartial);
        Assert.Equal(LaunchVerdict.NoData, coherent.Criteria.Single(c => c.Criterion.Source == "revisit_model_psnr_mean").Verdict);
    }

    [Fact]
    public void Build_OneRunWithoutLatency_ScaleFailsOnCoverage()
    {
        _runs.Add(LaunchRuns.Healthy());
        _runs.Add(LaunchRuns.Healthy());
        var values = LaunchRuns.Healthy();
        values.Remove("latency_p99_ms");
        _runs.Add(values);

        var scale = Build(new LaunchFilter()).Checks.Single(c => c.Item.Id == "scale");

        Assert.Equal(LaunchVerdict.Fail, scale.Verdict);
        Assert.Equal(2.0 / 3, scale.Headline.Value!.Value, 6);
        Assert.Equal("66.7 %", LaunchFormat.Value(scale.Headline.Criterion, scale.Headline.Value));
    }

    [Fact]
    public void Build_InputsAnsweredByFrames_ShareLeavesOutRejectedAndCoalesced()
    {
        _runs.Add(LaunchRuns.Healthy());

        var live = Build(new LaunchFilter()).Checks.Single(c => c.Item.Id == "live");

        Assert.Equal(1.0, live.Criteria[0].Value); // 18 answered of 20 - 1 rejected - 1 coalesced.
        Assert.Equal(LaunchVerdict.Pass, live.Verdict);
    }

    [Fact]
    public void LoadRuns_Filters_OnlyCompletedSessionsOfTheScenarioModeAndDays()
    {
        var wanted = _runs.Add(LaunchRuns.Healthy(), "prompt-storm", "fast", after: TimeSpan.FromDays(1));
        _runs.Add(LaunchRuns.Healthy(), "prompt-storm", "fast", status: RunStatus.Interrupted);
        _runs.Add(LaunchRuns.Healthy(), "prompt-storm", "fast", status: RunStatus.Failed);
        _runs.Add(LaunchRuns.Healthy(), "prompt-storm", "fast", status: RunStatus.Running);
        _runs.Add(LaunchRuns.Healthy(), "prompt-storm", "fast", kind: "sweep");
        _runs.Add(LaunchRuns.Healthy(), "revisit-loop", "fast");
        _runs.Add(LaunchRuns.Healthy(), "prompt-storm", "quality");
        _runs.Add(LaunchRuns.Healthy(), "prompt-storm", "fast", after: TimeSpan.FromDays(2));
        var day = DateOnly.FromDateTime(StoreTestData.Start.UtcDateTime).AddDays(1);

        var runs = LaunchChecklistBuilder.LoadRuns(_runs.Store, new LaunchFilter("PROMPT-STORM", "Fast", day, day));

        Assert.Equal([wanted], runs.Select(r => r.Run.Id));
    }

    [Fact]
    public void Build_Stamp_IsTheClocksNow()
    {
        var time = new ManualTimeProvider(StoreTestData.Start.AddHours(5));

        var checklist = LaunchChecklistBuilder.Build(_runs.Store, new LaunchFilter(), time);

        Assert.Equal(StoreTestData.Start.AddHours(5), checklist.GeneratedAt);
        Assert.Equal(new LaunchThresholds(), checklist.Thresholds);
    }

    public void Dispose() => _runs.Dispose();

    private static Dictionary<string, double> With(string key, double value)
    {
        var values = LaunchRuns.Healthy();
        values[key] = value;
        return values;
    }

    private LaunchChecklist Build(LaunchFilter filter) =>
        LaunchChecklistBuilder.Build(LaunchChecklistBuilder.LoadRuns(_runs.Store, filter), filter, StoreTestData.Start);
}
