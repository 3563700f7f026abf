using Research.Engine.Datasets;
using Research.Engine.Evaluation;
using Research.Engine.Metrics;
using Research.Engine.Models;
using Research.Engine.Reports;
using Research.Engine.Scenarios;
using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Tests.Evaluation;

[Collection(TorchCollection.Name)]
public sealed class RolloutEvaluatorTests : IDisposable
{
    private static readonly ModelConfig Small = new() { Width = 8, DeepWidth = 16, DeepBlocks = 1, MotionHidden = 16, EmbeddingSize = 8, MaxPromptTokens = 8, UpsamplerWidth = 8 };
    private readonly string _root = Path.Combine(Path.GetTempPath(), "research-eval-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Run_PlanOnSmallModel_EveryVariantMeasuredAtEveryFrame()
    {
        var episodes = Episodes(3, 21);
        using var model = Model();
        var variants = EvalPlan.Variants(model, Path.Combine(_root, "small"), QualityMode.All, [new TrainedAblation("other", model, true, true)], [0f, 0.1f]);
        var options = new EvalOptions { Horizon = 20, ReportHorizons = [1, 10, 20], RevisitGap = 5 };

        var results = new RolloutEvaluator(options).Run(variants, episodes, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(3 + 4 + 1 + 2, variants.Count);
        Assert.Equal(variants.Count, results.Count);
        Assert.Contains(results, r => r.Variant.Mode.Upsample);
        foreach (var result in results)
        {
            Assert.Equal(3, result.Psnr.Length);
            Assert.All(result.Psnr, e => Assert.Equal(21, e.Length));
            Assert.All(result.Psnr.SelectMany(e => e.Skip(1)), p => Assert.InRange(p, 0, 99));
            Assert.All(result.Ssim.SelectMany(e => e.Skip(1)), s => Assert.InRange(s, -1, 1));
            Assert.True(result.Actions.Moving + result.Actions.Idle + result.Actions.Blocked > 0);
            Assert.Equal(0, result.BlackFrames);
            var summary = result.Summary(options);
            Assert.Equal(VariantResult.Mean(result.Psnr)[20], summary["psnr_at_20"]);
            Assert.InRange(summary["divergence_onset"], 0, 21);
            Assert.Equal(3 * 4, result.Episodes.Sum(e => e.OneStep.Count));
            Assert.InRange(summary["one_step_psnr"], 0, 99);
            Assert.All(result.Episodes.SelectMany(e => e.Control), c => Assert.Equal(c.TrueAction - c.Opposite, c.Delta));
            Assert.Contains(result.Episodes, e => e.Explore);
            Assert.InRange(summary["oracle_psnr_explore_at_20"], summary["psnr_explore_seen_at_20"] - 99, 100);
            Assert.InRange(summary["agent_kept_at_20"], 0, 3);
        }
    }

    [Fact]
    public void Run_PerfectModelStandIn_TruthAgainstItselfScoresCap()
    {
        // The measurements themselves: the ground truth scored as if generated hits every ceiling.
        var episode = Episodes(1, 11)[0];
        var psnr = ImageQuality.Psnr(episode.Frames[5], episode.Frames[5]);
        var ssim = ImageQuality.Ssim(episode.Frames[5], episode.Frames[5], episode.FrameSize);

        Assert.Equal(ImageQuality.PsnrCap, psnr);
        Assert.Equal(1, ssim, 6);
    }

    [Fact]
    public void FromScenario_RevisitLoop_FramesActionsAndPromptsLineUp()
    {
        var scenario = ScenarioLoader.Load(Path.Combine(DefaultModelRoot(), "datasets", "scenarios", "revisit-loop.json"));

        var episode = EvalEpisode.FromScenario(scenario, 64, 0);

        Assert.True(episode.Frames.Count > 100);
        Assert.Equal(episode.Frames.Count, episode.Actions.Count);
        Assert.Equal(episode.Frames.Count, episode.Cameras.Count);
        Assert.Contains(episode.Actions, a => a != AgentAction.Idle);
        var world = new WorldSimulator(new WorldOptions { Seed = scenario.Seed, Explore = scenario.Explore });
        Assert.Equal(new FrameRenderer().Render(world, 64).Length, episode.Frames[0].Length);
    }

    [Fact]
    public void Run_EpisodeShorterThanHorizon_ThrowsNamingEpisode()
    {
        var episodes = Episodes(1, 11);
        using var model = Model();
        var variants = EvalPlan.Variants(model, "small", [QualityMode.Fast], null, []);

        var error = Assert.Throws<ArgumentException>(() => new RolloutEvaluator(new EvalOptions { Horizon = 30 }).Run(variants, episodes, cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("Episode 0 has 11 frames", error.Message);
    }

    [Fact]
    public void Outputs_SmallEvaluation_CsvRowsAndSelfContainedReport()
    {
        var episodes = Episodes(2, 11);
        using var model = Model();
        var options = new EvalOptions { Horizon = 10, ReportHorizons = [1, 10] };
        var results = new RolloutEvaluator(options).Run(EvalPlan.Variants(model, "small", QualityMode.All, null, [0.1f]), episodes, cancellationToken: TestContext.Current.CancellationToken);

        var frames = EvalOutputs.FramesCsv(results).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var summary = EvalOutputs.SummaryCsv(results, options).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var html = HtmlReport.Render(EvalReport.Build(results, options, episodes.Count, "test"));

        Assert.Equal(1 + results.Count * 11, frames.Length);
        Assert.Equal(1 + results.Count, summary.Length);
        Assert.Contains("psnr_at_10", summary[0]);
        Assert.Contains("oracle_psnr_explore", frames[0]);
        Assert.Contains("\"action_accuracy\"", EvalOutputs.SummaryJson(results, options, episodes.Count));
        Assert.Contains("Targets of issue 12", html);
        Assert.Contains("PSNR against horizon", html);
        Assert.DoesNotContain("src=\"http", html);
    }

    private IReadOnlyList<EvalEpisode> Episodes(int count, int frames)
    {
        var directory = Path.Combine(_root, $"data-{count}-{frames}");
        new DatasetGenerator(new DatasetOptions { OutputDirectory = directory, Episodes = count, FramesPerEpisode = frames, FrameSize = 64, Seed = 5, ExploreFraction = 0.5 })
            .Generate(cancellationToken: TestContext.Current.CancellationToken);
        return EvalEpisode.Load(directory, frames);
    }

    private static string DefaultModelRoot() => Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(Tests.Models.DefaultModelTests.ShippedModel("default"))))!;

    private static WorldModel Model()
    {
        random.manual_seed(3);
        var model = new WorldModel(Small);
        model.eval();
        return model;
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
