using Research.Engine.Storage;

namespace Research.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public async Task BenchModel_FramesBelowMinimum_ExitsTwoNamingFrames()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await CliProcess.Run("bench", "model", "--frames", "5", "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("--frames", error);
        Assert.False(File.Exists(temp["data/reports/bench-model.md"]));
    }

    [Fact]
    public async Task BenchModel_MissingCheckpointDirectory_ExitsTwoNamingIt()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await CliProcess.Run("bench", "model", "--checkpoint", temp["nowhere"], "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("nowhere", error);
    }

    [Fact]
    public async Task BenchSessions_Quick_WritesMarkdownWithVerdictsHtmlAndTaggedRuns()
    {
        using var temp = new TempDirectory();

        var (exit, output, error) = await CliProcess.Run(
            "bench", "sessions", "--quick", "--memory-minutes", "1", "--host-seconds", "1", "--sessions", "1,2", "--threads", "2",
            "--out", temp["reports/sessions.md"], "--data-dir", temp["data"]);

        Assert.True(exit == 0, error + output);
        var markdown = File.ReadAllText(temp["reports/sessions.md"]);
        string[] sections = ["Summary", "Standard set in real time", "Sustained latency and dropped inputs", "Visible response", "Soft reset", "Memory over a long session", "Many sessions on one machine"];
        Assert.All(sections, heading => Assert.Contains($"## {heading}", markdown));
        Assert.Contains("| figure | value | target | verdict |", markdown);
        Assert.Contains("Load average (1 min) at start", markdown);
        Assert.Matches(@"\| input to first conditioned frame p95, all inputs of the standard set \| [^|]+ \| <= 50 ms \| (met|not met|n/a) \|", markdown);
        Assert.Matches(@"\| 2 \| batched \|.*\| (met|not met) \|", markdown);
        var html = File.ReadAllText(temp["reports/sessions.html"]);
        Assert.Contains("Resident memory over session minutes", html);
        Assert.DoesNotContain("src=\"http", html);
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = temp["data"] });
        // The five standard scenarios in real time and the soft-reset replay.
        Assert.Equal(6, store.QueryRuns(new RunQuery { Tag = "bench" }).Count);
    }
}
