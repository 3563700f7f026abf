using Research.Engine.Models;
using Research.Engine.Storage;

namespace Research.Cli.Tests.Commands;

public sealed class TrainCommandTests
{
    [Fact]
    public async Task Train_SmokeConfig_WritesCheckpointAndStoresRunWithLossCurve()
    {
        using var temp = new TempDirectory();

        var (exit, output, error) = await CliProcess.Run("train", "--config", "engine/models/smoke.train.json", "--data-dir", temp["data"], "--threads", "1");

        Assert.True(exit == 0, output + error);
        var metadata = Checkpoint.ReadMetadata(temp["data/checkpoints/smoke"]);
        Assert.Equal("done", metadata.Phase);
        Assert.True(metadata.Metrics["next_frame_psnr"] > 5);
        Assert.All(metadata.Metrics, m => Assert.True(double.IsFinite(m.Value), $"{m.Key} = {m.Value}"));
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = temp["data"] });
        var run = Assert.Single(store.QueryRuns(new RunQuery { Kind = "train" }));
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Contains(store.GetFrames(run.Id), f => f.Values.ContainsKey("upsampler_loss"));
        Assert.Contains(store.GetFrames(run.Id), f => f.Values.ContainsKey("dynamics_loss"));
    }

    [Fact]
    public async Task Train_ConfigWithUnknownField_ExitsNonZeroNamingLineAndField()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["bad.json"], "{\n  \"name\": \"x\",\n  \"dynamicsStepz\": 5\n}\n");

        var (exit, _, error) = await CliProcess.Run("train", "--config", temp["bad.json"], "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("bad.json:3", error);
        Assert.Contains("dynamicsStepz", error);
    }

    [Fact]
    public async Task Train_OutHoldingUnrelatedFiles_ExitsTwoBeforeTrainingAndKeepsThem()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["out"]);
        File.WriteAllText(temp["out/notes.txt"], "mine");

        var (exit, output, error) = await CliProcess.Run("train", "--config", "engine/models/smoke.train.json", "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.True(exit == 2, output + error);
        Assert.Contains("is not a previous output of checkpoint", error);
        Assert.Equal("mine", File.ReadAllText(temp["out/notes.txt"]));
        Assert.False(Directory.Exists(temp["data/datasets"]), "no dataset was generated");
    }

    [Fact]
    public async Task Train_ConfigNameLeadingOutOfTheDataFolder_ExitsTwoNamingTheField()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["evil.json"], "{\n  \"name\": \"../../victim\"\n}\n");

        var (exit, _, error) = await CliProcess.Run("train", "--config", temp["evil.json"], "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("evil.json: name '../../victim' cannot name a checkpoint folder", error);
    }
}
