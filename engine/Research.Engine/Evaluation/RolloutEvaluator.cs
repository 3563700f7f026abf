using System.Diagnostics;
using Research.Engine.Imaging;
using Research.Engine.Metrics;
using Research.Engine.Models;

namespace Research.Engine.Evaluation;

/// <summary>
/// Rolls every variant out on every episode from the ground-truth start frame with the ground truth's actions and
/// prompts, free-running (the model never sees another true frame), and measures each generated frame against the
/// ground truth: PSNR, SSIM, agent position error, whether the agent moved as told, and consistency at revisits.
/// Frames of an upsampling mode are box-averaged to the base size before measuring.
/// </summary>
public sealed class RolloutEvaluator(EvalOptions options)
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
        return [.. variants.Select(v => Evaluate(v, episodes, progress, cancellationToken))];
    }

    private VariantResult Evaluate(EvalVariant variant, IReadOnlyList<EvalEpisode> episodes, IProgress<(string, int)>? progress, CancellationToken cancellationToken)
    {
        var length = options.Horizon + 1;
        var psnr = new double[episodes.Count][];
        var ssim = new double[episodes.Count][];
        var agent = new double[episodes.Count][];
        var revisits = new List<RevisitMeasure>();
        int checks = 0, hits = 0;
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
            var generated = new byte[length][];
            generated[0] = episode.Frames[0];
            rollout.Start(episode.Frames[0], episode.StartPose);
            (psnr[e][0], ssim[e][0]) = (ImageQuality.PsnrCap, 1);
            for (var t = 1; t < length; t++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                clock.Start();
                var frame = rollout.Step(episode.Actions[t], episode.PromptTokens[t]);
                clock.Stop();
                generated[t] = rollout.OutputSize == size ? frame : ImageResize.ToSquare(new RgbImage(rollout.OutputSize, rollout.OutputSize, frame), size);
                var truth = episode.Frames[t];
                psnr[e][t] = ImageQuality.Psnr(generated[t], truth);
                ssim[e][t] = ImageQuality.Ssim(generated[t], truth, size);
                var found = AgentLocator.Locate(generated[t], size);
                var (x, y) = episode.Agents[t];
                agent[e][t] = found.Found ? Math.Sqrt(Square(found.X - x) + Square(found.Y - y)) : options.LostAgentError;
                var expected = ActionInference.Infer(episode.Frames[t - 1], truth, size).Action;
                if (expected == episode.Actions[t])
                {
                    checks++;
                    hits += ActionInference.Infer(generated[t - 1], generated[t], size).Action == expected ? 1 : 0;
                }
            }
            agent[e][0] = 0;
            revisits.AddRange(Revisits(episode, generated));
            progress?.Report((variant.Name, e + 1));
        }
        var steps = episodes.Count * options.Horizon;
        return new VariantResult(variant, psnr, ssim, agent, checks, hits, revisits, clock.Elapsed.TotalMilliseconds / Math.Max(1, steps));
    }

    /// <summary>
    /// The model's ceilings on <paramref name="episodes"/>, every <paramref name="stride"/>-th frame: tokenizer
    /// reconstruction PSNR (encode and decode a true frame) and one-step PSNR (start from true frame t-1 with the
    /// agent's pose then, step once with the true action, compare with true frame t).
    /// </summary>
    public static ReferenceFigures Reference(Models.WorldModel model, IReadOnlyList<EvalEpisode> episodes, int stride, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var mode = QualityMode.Balanced with { MemoryFrames = 0 };
        using var rollout = new ModelRollout(model, mode);
        var reconstruction = new List<double>();
        var oneStep = new List<double>();
        foreach (var episode in episodes)
        {
            var pose = episode.StartPose;
            for (var t = 1; t < episode.Frames.Count; t++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var previous = pose;
                pose = pose.Step(episode.Actions[t]);
                if (t % stride != 0)
                {
                    continue;
                }
                rollout.Start(episode.Frames[t - 1], previous);
                reconstruction.Add(ImageQuality.Psnr(rollout.CurrentFrame(), episode.Frames[t - 1]));
                oneStep.Add(ImageQuality.Psnr(rollout.Step(episode.Actions[t], episode.PromptTokens[t]), episode.Frames[t]));
            }
        }
        return new ReferenceFigures(reconstruction.Average(), oneStep.Average(), reconstruction.Count);
    }

    /// <summary>For each frame, the earliest earlier frame of the same view that was left in between, if any.</summary>
    private IEnumerable<RevisitMeasure> Revisits(EvalEpisode episode, byte[][] generated)
    {
        var cameras = episode.Cameras;
        for (var t = options.RevisitGap; t < generated.Length; t++)
        {
            for (var s = 0; s <= t - options.RevisitGap; s++)
            {
                if (!Same(cameras[s], cameras[t]) || !LeftBetween(cameras, s, t))
                {
                    continue;
                }
                yield return new RevisitMeasure(
                    episode.Index, s, t, ImageQuality.Psnr(generated[t], episode.Frames[t]),
                    ImageQuality.Psnr(generated[t], generated[s]), ImageQuality.Psnr(episode.Frames[t], episode.Frames[s]));
                break;
            }
        }
    }

    private bool Same((float X, float Y) a, (float X, float Y) b) =>
        Math.Abs(a.X - b.X) <= options.RevisitTolerance && Math.Abs(a.Y - b.Y) <= options.RevisitTolerance;

    private bool LeftBetween(IReadOnlyList<(float X, float Y)> cameras, int s, int t)
    {
        for (var i = s + 1; i < t; i++)
        {
            if (Math.Max(Math.Abs(cameras[i].X - cameras[s].X), Math.Abs(cameras[i].Y - cameras[s].Y)) >= options.RevisitAway)
            {
                return true;
            }
        }
        return false;
    }

    private static double Square(double v) => v * v;
}
