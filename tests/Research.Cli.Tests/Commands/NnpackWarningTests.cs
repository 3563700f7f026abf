using System.Text.RegularExpressions;
using Research.Engine.Models;

namespace Research.Cli.Tests.Commands;

/// <summary>
/// libtorch 2.10 logs "Could not initialize NNPACK! Reason: Unsupported hardware." at every inference convolution on a
/// CPU NNPACK does not know (some machines of this kind; thousands of lines a minute). The engine asks once and turns
/// NNPACK off there, so a real CLI process that runs a model (a small untrained one: no shipped checkpoint needed)
/// prints it at most once. On a CPU NNPACK knows it prints nothing either way.
/// </summary>
public sealed partial class NnpackWarningTests
{
    private static readonly ModelConfig Small = new() { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8, UpsamplerWidth = 8 };

    [Fact]
    public async Task Rollout_SmallModel_NnpackWarningAtMostOnce()
    {
        using var temp = new TempDirectory();
        TorchSharp.torch.manual_seed(7);
        using (var model = new WorldModel(Small))
        {
            Checkpoint.Save(model, temp["small"], new CheckpointMetadata { Model = Small, Phase = "test" });
        }

        var (exit, output, error) = await CliProcess.Run(
            "rollout", "--checkpoint", temp["small"], "--frames", "30", "--every", "30", "--mode", "quality", "--threads", "1",
            "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.True(exit == 0, output + error);
        Assert.Equal(31, File.ReadAllLines(temp["out/frames.csv"]).Length);
        Assert.InRange(NnpackLine().Matches(error).Count, 0, 1);
    }

    [GeneratedRegex("Could not initialize NNPACK")]
    private static partial Regex NnpackLine();
}
