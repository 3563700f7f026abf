using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class RunStoreQueryTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly ManualTimeProvider _time = new(StoreTestData.Start);
    private readonly LiteDbRunStore _store;

    public RunStoreQueryTests()
    {
        _store = StoreTestData.Open(_directory, _time);
        // One run per hour: a (meadow, simulate, fast, ckpt-1), b (desert, train, -, ckpt-2), c (meadow, session, quality, ckpt-1),
        // d (cave, simulate, fast, ckpt-2).
        Create("a", "simulate", "meadow", ["baseline"], "fast", "ckpt-1");
        Create("b", "train", "desert", ["nightly", "baseline"], null, "ckpt-2");
        Create("c", "session", "meadow", [], "quality", "ckpt-1");
        Create("d", "simulate", "cave", ["Nightly"], "fast", "ckpt-2");
        _store.CompleteRun("a", RunStatus.Completed);
        _store.CompleteRun("b", RunStatus.Failed, "diverged");
    }

    public void Dispose()
    {
        _store.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void QueryRuns_NoCriteria_ReturnsAllNewestFirst()
    {
        Assert.Equal(["d", "c", "b", "a"], Ids(new RunQuery()));
    }

    [Theory]
    [InlineData(RunStatus.Running, "d,c")]
    [InlineData(RunStatus.Completed, "a")]
    [InlineData(RunStatus.Failed, "b")]
    [InlineData(RunStatus.Interrupted, "")]
    public void QueryRuns_ByStatus_ReturnsRunsInThatStatus(RunStatus status, string expected)
    {
        Assert.Equal(expected, string.Join(",", Ids(new RunQuery { Status = status })));
    }

    [Fact]
    public void QueryRuns_ByScenarioAndKind_ReturnsRunsMatchingBoth()
    {
        Assert.Equal(["c", "a"], Ids(new RunQuery { Scenario = "meadow" }));
        Assert.Equal(["a"], Ids(new RunQuery { Scenario = "meadow", Kind = "simulate" }));
    }

    [Fact]
    public void QueryRuns_ByTag_MatchesCaseInsensitively()
    {
        Assert.Equal(["d", "b"], Ids(new RunQuery { Tag = "nightly" }));
        Assert.Equal(["b", "a"], Ids(new RunQuery { Tag = "BASELINE" }));
    }

    [Fact]
    public void QueryRuns_ByCreatedRange_IncludesStartAndExcludesEnd()
    {
        // Act
        var ids = Ids(new RunQuery { CreatedAfter = StoreTestData.Start.AddHours(1), CreatedBefore = StoreTestData.Start.AddHours(3) });

        // Assert
        Assert.Equal(["c", "b"], ids);
    }

    [Fact]
    public void QueryRuns_ByQualityModeAndCheckpoint_ReturnsRunsMatchingBoth()
    {
        Assert.Equal(["d", "a"], Ids(new RunQuery { QualityMode = "FAST" }));
        Assert.Equal(["c", "a"], Ids(new RunQuery { Checkpoint = "ckpt-1" }));
        Assert.Equal(["d"], Ids(new RunQuery { QualityMode = "fast", Checkpoint = "ckpt-2" }));
    }

    [Fact]
    public void QueryRuns_Limit_ReturnsNewestOnes()
    {
        Assert.Equal(["d", "c"], Ids(new RunQuery { Limit = 2 }));
    }

    [Fact]
    public void SetTags_NewTags_QueryFollowsThem()
    {
        // Act
        var tagged = _store.SetTags("c", ["nightly", "demo"]);

        // Assert
        Assert.Equal(["nightly", "demo"], tagged.Tags);
        Assert.Equal(["d", "c", "b"], Ids(new RunQuery { Tag = "nightly" }));
        Assert.Equal(["c"], Ids(new RunQuery { Tag = "demo" }));
    }

    private string[] Ids(RunQuery query) => _store.QueryRuns(query).Select(run => run.Id).ToArray();

    private void Create(string id, string kind, string scenario, string[] tags, string? mode, string checkpoint)
    {
        _store.CreateRun(new NewRun { Id = id, Kind = kind, Scenario = scenario, Tags = tags, QualityMode = mode, Checkpoint = checkpoint });
        _time.Advance(TimeSpan.FromHours(1));
    }
}
