namespace Research.Engine.Metrics;

/// <summary>Revisits: how consistently the model redraws a place it comes back to.</summary>
public sealed partial class DriftSeries
{
    private readonly Dictionary<string, (int Horizon, byte[] Model, byte[] Truth)> _firstVisits = new(StringComparer.Ordinal);
    private readonly List<RevisitScore> _revisits = [];

    /// <summary>Every return to a named place so far, in the order they happened.</summary>
    public IReadOnlyList<RevisitScore> Revisits => _revisits;

    /// <summary>
    /// Records that the latest frame added (horizon <see cref="Frames"/>.Count, or 0 for the conditioning frame before
    /// any was added) shows the place named <paramref name="place"/>. The first visit keeps copies of both frames; every
    /// later visit is scored against that first visit.
    /// </summary>
    /// <remarks>
    /// The score is the model's self-consistency, not its accuracy: PSNR and SSIM between the model's own frames at the
    /// two visits, next to the same between the ground-truth frames (the ceiling, since objects and weather move). A model
    /// that remembers the place, even drawn wrongly, scores near the ceiling; one that forgot it and invented a new place
    /// scores like two unrelated views. "Same place" is the caller's call: in the ground truth the view must be the same,
    /// as at the repeated marks of a revisit scenario, where the agent and camera come back exactly.
    /// </remarks>
    /// <param name="place">The caller's name for the place, for example a scenario mark's label.</param>
    /// <param name="generated">The model's frame at this visit, RGB, size x size.</param>
    /// <param name="truth">The ground-truth frame at this visit, RGB, size x size.</param>
    /// <returns>The score when this is a return; null on the first visit.</returns>
    /// <exception cref="ArgumentException">The place is empty, or a frame does not hold size x size RGB pixels.</exception>
    public RevisitScore? Visit(string place, ReadOnlySpan<byte> generated, ReadOnlySpan<byte> truth)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        FrameChecks.RequireFrame(generated, Size, nameof(generated));
        FrameChecks.RequireFrame(truth, Size, nameof(truth));
        var horizon = _frames.Count;
        if (!_firstVisits.TryGetValue(place, out var first))
        {
            _firstVisits[place] = (horizon, generated.ToArray(), truth.ToArray());
            return null;
        }
        var score = new RevisitScore(
            place,
            first.Horizon,
            horizon,
            ImageQuality.Psnr(first.Model, generated),
            ImageQuality.Ssim(first.Model, generated, Size),
            ImageQuality.Psnr(first.Truth, truth),
            ImageQuality.Ssim(first.Truth, truth, Size));
        _revisits.Add(score);
        return score;
    }
}
