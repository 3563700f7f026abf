using Research.Engine.Metrics;

namespace Research.Engine.Evaluation;

public sealed partial class RolloutEvaluator
{
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
}
