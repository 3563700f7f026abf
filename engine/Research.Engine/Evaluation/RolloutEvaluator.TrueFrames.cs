using Research.Engine.Metrics;
using Research.Engine.Models;
using Research.Engine.World;

namespace Research.Engine.Evaluation;

public sealed partial class RolloutEvaluator
{
    /// <summary>
    /// One step from a true frame at every <see cref="EvalOptions.ControlStride"/>-th transition: the variant is started on
    /// true frame t - 1 with the agent's pose then (no memory of the rollout) and stepped once with the true action; at
    /// walking transitions (a walk pressed that moved the true agent that way) it is started again and stepped with the
    /// opposite walk, for Genie's controllability ΔPSNR.
    /// </summary>
    /// <remarks>
    /// Only walks are used for the contrast because their opposite is defined and changes the truth the most; a dash
    /// already under way ignores the key pressed, so swapping the key would not change what the world does.
    /// </remarks>
    private (List<double> OneStep, List<ControlSample> Control, int Black) FromTrueFrames(
        EvalVariant variant, EvalEpisode episode, int length, CancellationToken cancellationToken)
    {
        var oneStep = new List<double>();
        var control = new List<ControlSample>();
        var black = 0;
        var poses = episode.Poses();
        using var rollout = new ModelRollout(variant.Model, variant.Mode);
        for (var t = options.ControlStride; t < length; t += options.ControlStride)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var action = episode.Actions[t];
            var withTrue = StepFrom(rollout, episode, poses, t, action);
            black += FrameHealth.IsBlack(withTrue) ? 1 : 0;
            var psnr = ImageQuality.Psnr(withTrue, episode.Frames[t]);
            oneStep.Add(psnr);
            if (Opposite(action) is { } opposite && ActionScore.Kind(episode, t) == TransitionKind.Moving
                && ActionInference.Classify(episode.AgentMotion(t).Dx, episode.AgentMotion(t).Dy) == action)
            {
                var withOpposite = StepFrom(rollout, episode, poses, t, opposite);
                black += FrameHealth.IsBlack(withOpposite) ? 1 : 0;
                control.Add(new ControlSample(t, psnr, ImageQuality.Psnr(withOpposite, episode.Frames[t])));
            }
        }
        return (oneStep, control, black);
    }

    private static byte[] StepFrom(ModelRollout rollout, EvalEpisode episode, IReadOnlyList<AgentKinematics> poses, int t, AgentAction action)
    {
        rollout.Start(episode.Frames[t - 1], poses[t - 1]);
        return AtSize(rollout.Step(action, episode.PromptTokens[t]), rollout.OutputSize, episode.FrameSize);
    }

    /// <summary>The walk the other way; null for idle and dash.</summary>
    public static AgentAction? Opposite(AgentAction action) => action switch
    {
        AgentAction.Up => AgentAction.Down,
        AgentAction.Down => AgentAction.Up,
        AgentAction.Left => AgentAction.Right,
        AgentAction.Right => AgentAction.Left,
        _ => null,
    };

    /// <summary>
    /// The model's ceilings on <paramref name="episodes"/>, every <paramref name="stride"/>-th frame: the copy
    /// baseline (true frame t-1 shown again as frame t: what a model that ignores the action scores) and one-step PSNR (start from true frame t-1 with the
    /// agent's pose then, step once with the true action, compare with true frame t).
    /// </summary>
    public static ReferenceFigures Reference(WorldModel model, IReadOnlyList<EvalEpisode> episodes, int stride, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stride, 1);
        var mode = QualityMode.Balanced with { MemoryFrames = 0 };
        using var rollout = new ModelRollout(model, mode);
        var copy = new List<double>();
        var oneStep = new List<double>();
        foreach (var episode in episodes)
        {
            var poses = episode.Poses();
            for (var t = stride; t < episode.Frames.Count; t += stride)
            {
                cancellationToken.ThrowIfCancellationRequested();
                rollout.Start(episode.Frames[t - 1], poses[t - 1]);
                copy.Add(ImageQuality.Psnr(episode.Frames[t - 1], episode.Frames[t]));
                oneStep.Add(ImageQuality.Psnr(rollout.Step(episode.Actions[t], episode.PromptTokens[t]), episode.Frames[t]));
            }
        }
        return new ReferenceFigures(copy.Average(), oneStep.Average(), copy.Count);
    }
}
