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
}
