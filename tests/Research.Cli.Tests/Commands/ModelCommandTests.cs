using Research.Engine.Imaging;

namespace Research.Cli.Tests.Commands;

/// <summary>The commands that run the shipped default model: rollout and eval.</summary>
public sealed class ModelCommandTests
{
    [Fact]
    public async Task Rollout_FromPng_WritesStripAndPerFrameCsv()
    {
        using var temp = new TempDirectory();
        var picture = new byte[96 * 80 * 3];
        Array.Fill<byte>(picture, 120);
        File.WriteAllBytes(temp["start.png"], PngEncoder.Encode(picture, 96, 80));

        var (exit, output, error) = await CliProcess.Run("rollout", "--image", temp["start.png"], "--frames", "12", "--every", "4", "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.True(exit == 0, error);
        Assert.Contains("mean PSNR", output);
        var strip = PngDecoder.DecodeFile(temp["out/rollout.png"]);
        // Three columns (model, truth, error) and four rows (the start, frames 4, 8, 12), with thin gaps between.
        Assert.InRange(strip.Width, 3 * 64, (3 * 64) + 10);
        Assert.InRange(strip.Height, 4 * 64, (4 * 64) + 15);
        Assert.Equal(13, File.ReadAllLines(temp["out/frames.csv"]).Length);
    }

    [Fact]
    public async Task Rollout_ImageNotAPng_ExitsTwoNamingFile()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["start.png"], "not a picture");

        var (exit, _, error) = await CliProcess.Run("rollout", "--image", temp["start.png"], "--frames", "3", "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("start.png", error);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public async Task Eval_SmallRun_WritesCsvAndOfflineReport()
    {
        using var temp = new TempDirectory();

        var (exit, output, error) = await CliProcess.Run(
            "eval", "--episodes", "2", "--horizon", "12", "--modes", "fast,quality", "--noise-sweep", "0.1", "--threads", "1", "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.True(exit == 0, error);
        Assert.Contains("for copying the last frame", output);
        var summary = File.ReadAllLines(temp["out/eval-summary.csv"]);
        Assert.Equal(1 + 3, summary.Length);
        Assert.StartsWith("default fast,", summary[1]);
        var json = File.ReadAllText(temp["out/eval-summary.json"]);
        Assert.Contains("\"control_delta_psnr\"", json);
        Assert.Contains("\"black_frames\": 0", json);
        var html = File.ReadAllText(temp["out/eval-report.html"]);
        Assert.Contains("PSNR against horizon", html);
        Assert.DoesNotContain("src=\"http", html);
    }

    [Fact]
    public async Task Eval_UnknownMode_ExitsTwoListingModes()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await CliProcess.Run("eval", "--modes", "fast,ultra", "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("ultra", error);
        Assert.Contains("balanced", error);
    }
}
