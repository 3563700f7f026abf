using Research.Engine.LaunchReport;
using Research.Engine.Storage;
using Research.Engine.Tests.Storage;

namespace Research.Engine.Tests.LaunchReport;

/// <summary>Each criterion pools only the kinds of run it can be measured on; responsiveness, live sessions only.</summary>
public sealed class LaunchChecklistPoolTests : IDisposable
{
    private readonly LaunchRuns _runs = new();

    [Fact]
    public void Build_TwoSlowLiveRunsAndFiveFastSweepCells_SteerFailsOnTheLiveRunsOnly()
    {
        // Issue 13: sweep cells replayed fast joined the pool and turned 1340 ms over 2 runs into 175 ms over 7.
        string[] live = [_runs.Add(With("first_response_p95_ms", 1300)), _runs.Add(With("first_response_p95_ms", 1380))];
        string[] sweep = [.. Enumerable.Range(0, 5).Select(_ => _runs.Add(With("first_response_p95_ms", 175), origin: RunOrigin.Sweep))];

        var checklist = Build();

        var steer = checklist.Checks[0];
        Assert.Equal(LaunchVerdict.Fail, steer.Verdict);
        Assert.Equal(1340, steer.Headline.Value);
        Assert.Equal(live, steer.RunIds);
        Assert.Equal(live.Concat(sweep), checklist.Checks.Single(c => c.Item.Id == "coherent").RunIds);
    }

    [Fact]
    public void Build_OnlyReplays_ResponsivenessNoDataWithTheReasonQualityAnswered()
    {
        _runs.Add(LaunchRuns.Healthy(), origin: RunOrigin.Replay);
        _runs.Add(LaunchRuns.Healthy(), origin: RunOrigin.Sweep);

        var checklist = Build();

        Assert.All(checklist.Checks.Where(c => c.Item.Id is "steer" or "live" or "scale"), c => Assert.Equal(LaunchVerdict.NoData, c.Verdict));
        Assert.Equal("pools live runs only, and none of the 2 selected runs is one", checklist.Checks[0].Headline.Reason);
        Assert.Null(checklist.Checks[0].Trend);
        Assert.All(checklist.Checks.Where(c => c.Item.Id is "coherent" or "recovery"), c => Assert.Equal(LaunchVerdict.Pass, c.Verdict));
    }

    [Fact]
    public void Build_ResponsivenessPoolWidened_ReplaysCount()
    {
        _runs.Add(LaunchRuns.Healthy(), origin: RunOrigin.Replay);
        var thresholds = new LaunchThresholds { ResponsivenessPool = RunOrigin.Any };

        var checklist = LaunchChecklistBuilder.Build(LaunchChecklistBuilder.LoadRuns(_runs.Store, new LaunchFilter()), new LaunchFilter(), StoreTestData.Start, thresholds);

        Assert.Equal(LaunchVerdict.Pass, checklist.Checks[0].Verdict);
    }

    [Fact]
    public void Create_DefaultThresholds_ResponsivenessPoolsLiveQualityPoolsEveryKind()
    {
        var items = LaunchItems.Create(new LaunchThresholds());

        Assert.All(items.Where(i => i.Id is "steer" or "live" or "scale").SelectMany(i => i.Criteria), c => Assert.Equal(RunOrigin.Live, c.Pool));
        Assert.All(items.Where(i => i.Id is "coherent" or "recovery").SelectMany(i => i.Criteria), c => Assert.Equal(RunOrigin.Any, c.Pool));
        Assert.Equal("live", LaunchFormat.Pool(items[0].Criteria[0]));
        Assert.Equal("live, replay, sweep", LaunchFormat.Pool(items[1].Criteria[0]));
    }

    [Fact]
    public void Build_RunsStoredBeforeTheOriginKey_PaceAndSweepTagTellThemApart()
    {
        var realtime = _runs.Add(LaunchRuns.Healthy(), origin: null, config: new Dictionary<string, string> { [RunOrigins.PaceKey] = "realtime" });
        var cell = _runs.Add(LaunchRuns.Healthy(), origin: null, config: new Dictionary<string, string> { [RunOrigins.PaceKey] = "fast" }, tags: ["sweep-20261125-100000-abcdef"]);
        var replay = _runs.Add(LaunchRuns.Healthy(), origin: null, config: new Dictionary<string, string> { [RunOrigins.PaceKey] = "fast" });

        var runs = LaunchChecklistBuilder.LoadRuns(_runs.Store, new LaunchFilter());

        Assert.Equal([(realtime, RunOrigin.Live), (cell, RunOrigin.Sweep), (replay, RunOrigin.Replay)], runs.Select(r => (r.Run.Id, r.Origin)));
        Assert.Equal([realtime], Build().Checks[0].RunIds);
    }

    [Fact]
    public void Trend_SteerOverLiveAndReplayRuns_DrawsTheLiveRunsOnly()
    {
        _runs.Add(With("first_response_p95_ms", 300));
        _runs.Add(With("first_response_p95_ms", 20), origin: RunOrigin.Replay);
        _runs.Add(With("first_response_p95_ms", 500));

        var trend = Build().Checks[0].Trend;

        Assert.NotNull(trend);
        Assert.Equal([300.0, 500], trend.Series[0].Y);
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
