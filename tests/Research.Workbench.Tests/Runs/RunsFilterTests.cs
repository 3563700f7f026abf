using Research.Engine.Storage;

// Not Research.Workbench.Tests.Runs: that namespace would hide the Runs page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class RunsFilterTests
{
    [Fact]
    public void TryParse_AllFilters_QueryWithWholeUtcDays()
    {
        var valid = RunsFilter.TryParse("completed", " loop ", "a", "fast", "ckpt-1", "2026-11-01", "2026-11-03", out var filter, out var error);

        Assert.True(valid, error);
        var query = filter.ToQuery();
        Assert.Equal(RunStatus.Completed, query.Status);
        Assert.Equal(("loop", "fast", "ckpt-1"), (query.Scenario, query.QualityMode, query.Checkpoint));
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), query.CreatedAfter);
        Assert.Equal(new DateTimeOffset(2026, 11, 4, 0, 0, 0, TimeSpan.Zero), query.CreatedBefore); // The last day is included.
    }

    [Theory]
    [InlineData("sleeping", null, null, "Unknown status")]
    [InlineData("1", null, null, "Unknown status")]
    [InlineData(null, "2026-13-01", null, "not a day")]
    [InlineData(null, null, "yesterday", "not a day")]
    [InlineData(null, "2026-11-05", "2026-11-01", "after the last day")]
    public void TryParse_InvalidFilter_Refused(string? status, string? from, string? to, string message)
    {
        var valid = RunsFilter.TryParse(status, null, null, null, null, from, to, out _, out var error);

        Assert.False(valid);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToExportUrl_Filters_BlankOnesLeftOutAndRoundTrips()
    {
        var filter = new RunsFilter { QualityMode = "fast", Checkpoint = " ", Tag = "a b", CreatedTo = new DateOnly(2026, 11, 3) };

        var url = filter.ToExportUrl();

        Assert.Equal("/runs/export.csv?tag=a%20b&mode=fast&to=2026-11-03", url);
        Assert.Equal(RunsFilter.ExportPath, new RunsFilter().ToExportUrl());
    }
}
