namespace Research.Cli.Tests.Commands;

public sealed class DatasetCommandTests
{
    [Fact]
    public async Task GenerateThenVerify_SmallDataset_ValidAndResumeKeepsHash()
    {
        using var temp = new TempDirectory();
        string[] generate = ["dataset", "generate", "--out", temp["ds"], "--episodes", "3", "--frames", "40", "--seed", "5"];

        var first = await CliProcess.Run(generate);
        File.Delete(Path.Combine(temp["ds"], "episodes", "episode-000002.rwe"));
        var resumed = await CliProcess.Run(generate);
        var verify = await CliProcess.Run("dataset", "verify", temp["ds"]);

        Assert.True(first.ExitCode == 0, first.Output + first.Error);
        Assert.True(resumed.ExitCode == 0, resumed.Output + resumed.Error);
        Assert.True(verify.ExitCode == 0, verify.Output + verify.Error);
        Assert.Equal(Hash(first.Output), Hash(resumed.Output));
        Assert.Contains("120 frames", verify.Output);
    }

    [Fact]
    public async Task Verify_FlippedByte_ExitsNonZeroNamingTheFile()
    {
        using var temp = new TempDirectory();
        await CliProcess.Run("dataset", "generate", "--out", temp["ds"], "--episodes", "2", "--frames", "30");
        var episode = Path.Combine(temp["ds"], "episodes", "episode-000001.rwe");
        var bytes = File.ReadAllBytes(episode);
        bytes[bytes.Length / 2] ^= 0xFF;
        File.WriteAllBytes(episode, bytes);

        var (exit, _, error) = await CliProcess.Run("dataset", "verify", temp["ds"]);

        Assert.Equal(2, exit);
        Assert.Contains("episode-000001.rwe", error);
        Assert.Contains("INVALID", error);
    }

    [Fact]
    public async Task Generate_BadOptions_ExitsNonZeroNamingTheOption()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await CliProcess.Run("dataset", "generate", "--out", temp["ds"], "--size", "50");

        Assert.Equal(2, exit);
        Assert.Contains("50", error);
    }

    private static string Hash(string output) =>
        output.Split("content hash ", 2)[1].Split(default(char[]), StringSplitOptions.RemoveEmptyEntries)[0];
}
