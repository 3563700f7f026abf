using Research.Engine.World;

namespace Research.Engine.Metrics;

/// <summary>
/// Accumulates, frame by frame, how a generated rollout compares with the ground truth under the same actions, and
/// summarises it: quality at chosen horizons, agent position error, when the rollout diverged, and how consistently
/// the model redraws a place it comes back to. One series per rollout; not thread-safe.
/// </summary>
/// <remarks>
/// Horizon h is the h-th generated frame; the conditioning frame the model starts from is not added. Add frames in
/// order, one per step.
/// </remarks>
public sealed partial class DriftSeries
{
    /// <summary>The PSNR below which a frame counts as diverged when no threshold is given, in dB.</summary>
    /// <remarks>
    /// 20 dB. At 64 px in daylight presets, consecutive ground-truth frames score 21-23 dB and unrelated views 14-18 dB,
    /// but night and fog compress the range (unrelated night-town views still score about 25 dB), so calibrate the
    /// threshold per scene for dark or foggy scenes.
    /// </remarks>
    public const double DefaultDivergencePsnr = 20;

    /// <summary>Consecutive frames below the threshold that make a divergence when no run is given.</summary>
    /// <remarks>10 (a third of a second at 30 frames a second), so a single bad frame is not a divergence.</remarks>
    public const int DefaultDivergenceRun = 10;

    private readonly List<FrameQuality> _frames = [];

    /// <summary>Creates an empty series for frames of <paramref name="size"/> x <paramref name="size"/> pixels.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is not a frame size the renderer allows.</exception>
    public DriftSeries(int size)
    {
        FrameRenderer.ValidateSize(size);
        Size = size;
    }

    /// <summary>An independent copy holding the same frames and first visits (for a forked session).</summary>
    public DriftSeries Clone()
    {
        var copy = new DriftSeries(Size);
        copy._frames.AddRange(_frames);
        copy._revisits.AddRange(_revisits);
        foreach (var (place, visit) in _firstVisits)
        {
            copy._firstVisits[place] = visit;
        }
        return copy;
    }

    /// <summary>The usual horizons: frames 1, 10, 30, 100 and 300.</summary>
    public static IReadOnlyList<int> DefaultHorizons { get; } = [1, 10, 30, 100, 300];

    /// <summary>Frame side in pixels.</summary>
    public int Size { get; }

    /// <summary>The frames added so far; entry i is horizon i + 1.</summary>
    public IReadOnlyList<FrameQuality> Frames => _frames;

    /// <summary>Measures the next generated frame against the ground-truth frame and state of the same step, and adds it.</summary>
    /// <param name="generated">The model's frame, RGB, size x size.</param>
    /// <param name="truth">The ground-truth frame, RGB, size x size.</param>
    /// <param name="truthState">The ground-truth state the frame shows; it says where the agent is drawn.</param>
    /// <returns>The frame's metrics.</returns>
    /// <exception cref="ArgumentException">A frame does not hold size x size RGB pixels.</exception>
    public FrameQuality Add(ReadOnlySpan<byte> generated, ReadOnlySpan<byte> truth, WorldState truthState)
    {
        FrameChecks.RequireFrame(generated, Size, nameof(generated));
        FrameChecks.RequireFrame(truth, Size, nameof(truth));
        var (x, y) = AgentLocator.TruePosition(truthState, Size);
        var agentError = AgentLocator.Locate(generated, Size).DistanceTo(x, y);
        return Add(ImageQuality.Psnr(generated, truth), ImageQuality.Ssim(generated, truth, Size), agentError);
    }

    /// <summary>Adds the next frame's metrics, measured elsewhere.</summary>
    /// <param name="psnr">PSNR against the ground truth, in dB.</param>
    /// <param name="ssim">SSIM against the ground truth.</param>
    /// <param name="agentError">Agent position error in pixels; null when the generated frame has no agent.</param>
    /// <returns>The frame's metrics.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is NaN, or the agent error is negative or infinite.</exception>
    public FrameQuality Add(double psnr, double ssim, float? agentError)
    {
        if (double.IsNaN(psnr))
        {
            throw new ArgumentOutOfRangeException(nameof(psnr), psnr, "PSNR must be a number.");
        }
        if (double.IsNaN(ssim))
        {
            throw new ArgumentOutOfRangeException(nameof(ssim), ssim, "SSIM must be a number.");
        }
        if (agentError is { } error && !(error >= 0 && float.IsFinite(error)))
        {
            throw new ArgumentOutOfRangeException(nameof(agentError), agentError, "The agent error must be finite and not negative; null when there is no agent.");
        }
        var frame = new FrameQuality(_frames.Count + 1, psnr, ssim, agentError);
        _frames.Add(frame);
        return frame;
    }

    /// <summary>
    /// The horizon at which the rollout diverged: the first frame whose PSNR is below <paramref name="psnrThreshold"/>
    /// and stays below it for <paramref name="run"/> consecutive frames (that frame included).
    /// </summary>
    /// <remarks>
    /// A run still short of <paramref name="run"/> frames when the series ends does not count, so a series that is
    /// diverging in its last frames reports no onset yet. With a run of 1 the onset is the first frame below the threshold.
    /// </remarks>
    /// <param name="psnrThreshold">The PSNR, in dB, below which a frame is diverged; default <see cref="DefaultDivergencePsnr"/>.</param>
    /// <param name="run">How many consecutive frames must be below it, at least 1; default <see cref="DefaultDivergenceRun"/>.</param>
    /// <returns>The onset's horizon, or null when the series never diverged by this rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The run is below 1.</exception>
    public int? DivergenceOnset(double psnrThreshold = DefaultDivergencePsnr, int run = DefaultDivergenceRun)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(run, 1);
        var below = 0;
        for (var i = 0; i < _frames.Count; i++)
        {
            below = _frames[i].Psnr < psnrThreshold ? below + 1 : 0;
            if (below == run)
            {
                return _frames[i - run + 1].Horizon;
            }
        }
        return null;
    }

    /// <summary>Median agent error, in pixels, over the frames that have an agent; NaN when none has.</summary>
    public double MedianAgentError() => Window(1, _frames.Count).MedianAgentError;

    /// <summary>The series at each of <paramref name="horizons"/> that it has reached.</summary>
    /// <param name="horizons">Increasing horizons from 1; default <see cref="DefaultHorizons"/>.</param>
    /// <exception cref="ArgumentException">The horizons are not increasing or start below 1.</exception>
    public IReadOnlyList<HorizonSummary> AtHorizons(IReadOnlyList<int>? horizons = null)
    {
        horizons ??= DefaultHorizons;
        var summaries = new List<HorizonSummary>(horizons.Count);
        var previous = 0;
        foreach (var horizon in horizons)
        {
            if (horizon <= previous)
            {
                throw new ArgumentException($"Horizons must increase from 1; got {string.Join(", ", horizons)}.", nameof(horizons));
            }
            if (horizon <= _frames.Count)
            {
                var window = Window(previous + 1, horizon);
                summaries.Add(new HorizonSummary(
                    horizon, _frames[horizon - 1], previous + 1, window.MeanPsnr, window.MeanSsim, window.MedianAgentError, window.AgentFoundRate));
            }
            previous = horizon;
        }
        return summaries;
    }

    /// <summary>Summarises the series: horizons, whole-series means, agent error, divergence onset and revisits.</summary>
    /// <param name="horizons">Increasing horizons from 1; default <see cref="DefaultHorizons"/>.</param>
    /// <param name="divergencePsnr">See <see cref="DivergenceOnset"/>.</param>
    /// <param name="divergenceRun">See <see cref="DivergenceOnset"/>.</param>
    /// <exception cref="ArgumentException">The horizons are not increasing or start below 1, or the run is below 1.</exception>
    public DriftSummary Summarise(
        IReadOnlyList<int>? horizons = null, double divergencePsnr = DefaultDivergencePsnr, int divergenceRun = DefaultDivergenceRun)
    {
        var all = Window(1, _frames.Count);
        return new DriftSummary(
            _frames.Count,
            AtHorizons(horizons),
            all.MeanPsnr,
            all.MeanSsim,
            all.MedianAgentError,
            all.AgentFoundRate,
            DivergenceOnset(divergencePsnr, divergenceRun),
            divergencePsnr,
            divergenceRun,
            [.. _revisits],
            _revisits.Count == 0 ? double.NaN : _revisits.Average(r => r.ModelPsnr),
            _revisits.Count == 0 ? double.NaN : _revisits.Average(r => r.ModelSsim));
    }

    /// <summary>Means, median agent error and agent rate over horizons <paramref name="first"/> to <paramref name="last"/>.</summary>
    private (double MeanPsnr, double MeanSsim, double MedianAgentError, double AgentFoundRate) Window(int first, int last)
    {
        var count = last - first + 1;
        if (count <= 0)
        {
            return (double.NaN, double.NaN, double.NaN, double.NaN);
        }
        double psnr = 0, ssim = 0;
        var errors = new List<float>(count);
        for (var h = first; h <= last; h++)
        {
            var frame = _frames[h - 1];
            psnr += frame.Psnr;
            ssim += frame.Ssim;
            if (frame.AgentError is { } error)
            {
                errors.Add(error);
            }
        }
        return (psnr / count, ssim / count, Median(errors), (double)errors.Count / count);
    }

    private static double Median(List<float> values)
    {
        if (values.Count == 0)
        {
            return double.NaN;
        }
        values.Sort();
        var mid = values.Count / 2;
        return values.Count % 2 == 1 ? values[mid] : (values[mid - 1] + (double)values[mid]) / 2;
    }
}
