using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class RunOriginsTests
{
    [Theory]
    [InlineData("live", RunOrigin.Live)]
    [InlineData("Replay", RunOrigin.Replay)]
    [InlineData("sweep", RunOrigin.Sweep)]
    public void Of_OriginRecorded_ThatOrigin(string stored, RunOrigin expected)
    {
        // A recorded origin wins over what the pace and tags would suggest.
        var run = Run(new() { [RunOrigins.ConfigKey] = stored, [RunOrigins.PaceKey] = "fast" });

        Assert.Equal(expected, RunOrigins.Of(run));
    }

    [Fact]
    public void Of_OlderRunPacedInRealTime_Live()
    {
        Assert.Equal(RunOrigin.Live, RunOrigins.Of(Run(new() { [RunOrigins.PaceKey] = "realtime" })));
    }

    [Fact]
    public void Of_OlderSweepCell_SweepByItsSweepTag()
    {
        var run = Run(new() { [RunOrigins.PaceKey] = "fast" }) with { Tags = ["sweep-20261125-100000-abcdef"] };

        Assert.Equal(RunOrigin.Sweep, RunOrigins.Of(run));
    }

    [Fact]
    public void Of_NothingRecorded_Replay()
    {
        Assert.Equal(RunOrigin.Replay, RunOrigins.Of(Run([])));
    }

    [Fact]
    public void ForkOf_ForkConfig_ParentIdElseNull()
    {
        Assert.Equal("session-1", RunOrigins.ForkOf(Run(new() { [RunOrigins.ForkOfKey] = "session-1" })));
        Assert.Null(RunOrigins.ForkOf(Run([])));
    }

    [Theory]
    [InlineData(RunOrigin.Live, "live")]
    [InlineData(RunOrigin.Live | RunOrigin.Sweep, "live, sweep")]
    [InlineData(RunOrigin.Any, "live, replay, sweep")]
    [InlineData(RunOrigin.None, "none")]
    public void Describe_Pool_OriginsInWords(RunOrigin pool, string expected)
    {
        Assert.Equal(expected, RunOrigins.Describe(pool));
    }

    [Fact]
    public void ToConfig_Pool_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RunOrigins.ToConfig(RunOrigin.Any));
    }

    private static RunDocument Run(Dictionary<string, string> config) => new() { Id = "session-2", Kind = "session", Config = config };
}
