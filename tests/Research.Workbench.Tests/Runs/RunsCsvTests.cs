using Research.Engine.Storage;

// Not Research.Workbench.Tests.Runs: that namespace would hide the Runs page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class RunsCsvTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    public void Field_SpecialCharacters_QuotedWithQuotesDoubled(string? value, string expected) =>
        Assert.Equal(expected, RunsCsv.Field(value));

    [Fact]
    public void Write_Runs_HeaderThenOneQuotedRowEach()
    {
        var run = new RunDocument
        {
            Id = "run-1",
            Kind = "session",
            Name = "night, \"long\"\nrun",
            Scenario = "revisit-loop",
            Seed = 7,
            QualityMode = "fast",
            Checkpoint = null,
            Status = RunStatus.Completed,
            CreatedAt = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero),
            EndedAt = new DateTimeOffset(2026, 11, 1, 12, 5, 30, 250, TimeSpan.Zero),
            LastFrame = 99,
            Tags = ["a", "b"],
            Modes = [new ModeUse { Mode = "fast", Frames = 20, Seconds = 1 }, new ModeUse { Mode = "quality", Frames = 40, Seconds = 4 }],
        };

        var csv = RunsCsv.Write([run]);

        Assert.Equal(
            "id,kind,name,scenario,seed,quality_mode,checkpoint,status,created_at,ended_at,last_frame,tags,modes\r\n" +
            "run-1,session,\"night, \"\"long\"\"\nrun\",revisit-loop,7,fast,,Completed,2026-11-01T12:00:00.000Z,2026-11-01T12:05:30.250Z,99,a;b,\"quality 80%, fast 20%\"\r\n",
            csv);
    }

    [Fact]
    public void Write_NoRuns_HeaderOnly() =>
        Assert.Equal(string.Join(',', RunsCsv.Columns) + "\r\n", RunsCsv.Write([]));
}
