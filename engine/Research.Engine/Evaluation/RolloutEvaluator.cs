using System.Diagnostics;
using Research.Engine.Imaging;
using Research.Engine.Metrics;
using Research.Engine.Models;

namespace Research.Engine.Evaluation;

/// <summary>
/// Rolls every variant out on every episode from the ground-truth start frame with the ground truth's actions and
/// prompts, free-running (the model never sees another true frame), and measures each generated frame against the
/// ground truth: PSNR (whole frame, and on places seen before and newly revealed, beside the oracle), SSIM, agent
/// position error, whether the agent moved as told, consistency at revisits and black frames. Then, from true frames,
/// one-step PSNR and controllability. Frames of an upsampling mode are box-averaged to the base size before measuring.
/// </summary>
public sealed partial class RolloutEvaluator(EvalOptions options)
{
    /// <summary>Evaluates <paramref name="variants"/> on <paramref name="episodes"/>; progress reports (variant, episodes done).</summary>
    /// <exception cref="ArgumentException">An episode is shorter than the horizon or of another frame size than a model.</exception>
    public IReadOnlyList<VariantResult> Run(
        IReadOnlyList<EvalVariant> variants, IReadOnlyList<EvalEpisode> episodes,
        IProgress<(string Variant, int Done)>? progress = null, CancellationToken cancellationToken = default)
    {
        options.Validate();
        foreach (var episode in episodes)
        {
            if (episode.Frames.Count <= options.Horizon)
            {
                throw new ArgumentException($"Episode {episode.Index} has {episode.Frames.Count} frames; a horizon of {options.Horizon} needs {options.Horizon + 1}.");
            }
        }
        // What was seen before and the oracle depend on the true trajectory only: measured once for every variant.
        var truths = episodes.Select(e => Truth.Of(e, options.Horizon + 1)).ToList();
        return [.. variants.Select(v => Evaluate(v, episodes, truths, progress, cancellationToken))];
    }

    private VariantResult Evaluate(
        EvalVariant variant, IReadOnlyList<EvalEpisode> episodes, IReadOnlyList<Truth> truths, IProgress<(string, int)>? progress, CancellationToken cancellationToken)
    {
        var length = options.Horizon + 1;
        var psnr = new double[episodes.Count][];
        var ssim = new double[episodes.Count][];
        var agent = new double[episodes.Count][];
        var measures = new List<EpisodeMeasures>();
        var revisits = new List<RevisitMeasure>();
        var clock = new Stopwatch();
        using var rollout = new ModelRollout(variant.Model, variant.Mode);
        for (var e = 0; e < episodes.Count; e++)
        {
            var episode = episodes[e];
            var size = episode.FrameSize;
            if (size != rollout.Size)
            {
                throw new ArgumentException($"Episode {episode.Index} has {size}px frames; {variant.Name} generates {rollout.Size}px.");
            }
            (psnr[e], ssim[e], agent[e]) = (new double[length], new double[length], new double[length]);
            var regions = new Regions(length);
            var generated = new byte[length][];
            generated[0] = episode.Frames[0];
            rollout.Start(episode.Frames[0], episode.StartPose);
            (psnr[e][0], ssim[e][0]) = (ImageQuality.PsnrCap, 1);
            var black = 0;
            for (var t = 1; t < length; t++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                clock.Start();
                var frame = rollout.Step(episode.Actions[t], episode.PromptTokens[t]);
                clock.Stop();
                generated[t] = AtSize(frame, rollout.OutputSize, size);
                var truth = episode.Frames[t];
                black += FrameHealth.IsBlack(generated[t]) ? 1 : 0;
                psnr[e][t] = ImageQuality.Psnr(generated[t], truth);
                ssim[e][t] = ImageQuality.Ssim(generated[t], truth, size);
                regions.Measure(t, generated[t], truth, truths[e].Coverage[t]);
                var found = AgentLocator.Locate(generated[t], size);
                var (x, y) = episode.Agents[t];
                agent[e][t] = found.Found ? Math.Sqrt(Square(found.X - x) + Square(found.Y - y)) : options.LostAgentError;
            }
            agent[e][0] = 0;
            var (oneStep, control, oneStepBlack) = FromTrueFrames(variant, episode, length, cancellationToken);
            measures.Add(new EpisodeMeasures(
                episode.Index, episode.Explore, regions.Seen, regions.Revealed, regions.Given, regions.Invented, truths[e].Oracle,
                ActionScore.Score(episode, generated), oneStep, control, black + oneStepBlack));
            revisits.AddRange(Revisits(episode, generated));
            progress?.Report((variant.Name, e + 1));
        }
        var steps = episodes.Count * options.Horizon;
        return new VariantResult(variant, psnr, ssim, agent, measures, revisits, clock.Elapsed.TotalMilliseconds / Math.Max(1, steps));
    }

    private static byte[] AtSize(byte[] frame, int outputSize, int size) =>
        outputSize == size ? frame : ImageResize.ToSquare(new RgbImage(outputSize, outputSize, frame), size);

    private static double Square(double v) => v * v;

    /// <summary>What an episode's true trajectory says, whatever the model: what each pixel showed before, and the oracle's PSNR.</summary>
    private sealed record Truth(ViewCoverage Coverage, double[] Oracle)
    {
        public static Truth Of(EvalEpisode episode, int length)
        {
            var coverage = ViewCoverage.Of([.. episode.Cameras.Take(length)], episode.FrameSize);
            var oracle = new double[length];
            for (var t = 0; t < length; t++)
            {
                oracle[t] = ImageQuality.Psnr(coverage.Oracle(t, episode.Frames[t], episode.Frames[0]), episode.Frames[t]);
            }
            return new Truth(coverage, oracle);
        }
    }

    /// <summary>PSNR on the parts of each frame, by what the true trajectory showed before.</summary>
    private sealed class Regions(int length)
    {
        public double[] Seen { get; } = Start(length);

        public double[] Revealed { get; } = Start(length);

        public double[] Given { get; } = Start(length);

        public double[] Invented { get; } = Start(length);

        public void Measure(int t, ReadOnlySpan<byte> generated, ReadOnlySpan<byte> truth, ReadOnlySpan<PixelHistory> history)
        {
            Seen[t] = ImageQuality.Psnr(generated, truth, history, PixelHistory.SeenLater, PixelHistory.InFrameZero);
            Revealed[t] = ImageQuality.Psnr(generated, truth, history, PixelHistory.New, PixelHistory.New);
            Given[t] = ImageQuality.Psnr(generated, truth, history, PixelHistory.InFrameZero, PixelHistory.InFrameZero);
            Invented[t] = ImageQuality.Psnr(generated, truth, history, PixelHistory.New, PixelHistory.SeenLater);
        }

        // Frame 0 is the true start frame: every pixel is given and exact.
        private static double[] Start(int length)
        {
            var series = new double[length];
            Array.Fill(series, double.NaN);
            return series;
        }
    }
}
