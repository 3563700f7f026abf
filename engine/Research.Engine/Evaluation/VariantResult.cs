namespace Research.Engine.Evaluation;

/// <summary>
/// A variant's per-frame measurements on every episode (index [episode][frame], frame 0 being the start frame)
/// and the summary figures drawn from them.
/// </summary>
/// <param name="Variant">What ran.</param>
/// <param name="Psnr">PSNR in dB against the ground truth.</param>
/// <param name="Ssim">SSIM against the ground truth.</param>
/// <param name="AgentError">Pixels between the agent located in the generated frame and the true agent; <see cref="EvalOptions.LostAgentError"/> when not found.</param>
/// <param name="Episodes">Per episode, in the order of <paramref name="Psnr"/>: region PSNR, oracle, action scores, one-step and controllability, black frames.</param>
/// <param name="Revisits">Scores at returns to a place seen earlier: model vs truth at the return, model return vs model first visit.</param>
/// <param name="MillisecondsPerFrame">Mean wall time of one rollout step.</param>
public sealed record VariantResult(
    EvalVariant Variant, double[][] Psnr, double[][] Ssim, double[][] AgentError, IReadOnlyList<EpisodeMeasures> Episodes,
    IReadOnlyList<RevisitMeasure> Revisits, double MillisecondsPerFrame)
{
    /// <summary>Frames per episode, the start frame included.</summary>
    public int Length => Psnr[0].Length;

    /// <summary>Action scores over every episode (see <see cref="ActionScore"/>).</summary>
    public ActionCounts Actions => Episodes.Aggregate(default(ActionCounts), (sum, e) => sum + e.Actions);

    /// <summary>Share of moving transitions the generated agent carried out (see <see cref="ActionScore"/>); NaN with none.</summary>
    public double ActionAccuracy => Actions.Accuracy;

    /// <summary>Generated frames that were black, over every episode.</summary>
    public int BlackFrames => Episodes.Sum(e => e.BlackFrames);

    /// <summary>Mean over episodes of <paramref name="series"/> at each frame, skipping NaN (a part of the frame that was empty); NaN when all are.</summary>
    public static double[] MeanOfNumbers(IReadOnlyList<double[]> series) =>
        [.. Enumerable.Range(0, series.Count == 0 ? 0 : series[0].Length).Select(t => MeanOfNumbers(series.Select(e => e[t])))];

    /// <summary>Mean of the values that are not NaN; NaN when none is.</summary>
    public static double MeanOfNumbers(IEnumerable<double> values)
    {
        var numbers = values.Where(v => !double.IsNaN(v)).ToList();
        return numbers.Count == 0 ? double.NaN : numbers.Average();
    }

    /// <summary>Mean over episodes of <paramref name="series"/> at each frame.</summary>
    public static double[] Mean(double[][] series) =>
        [.. Enumerable.Range(0, series[0].Length).Select(t => series.Average(e => e[t]))];

    /// <summary>Median over episodes of <paramref name="series"/> at each frame.</summary>
    public static double[] Median(double[][] series) =>
        [.. Enumerable.Range(0, series[0].Length).Select(t => Percentile([.. series.Select(e => e[t])], 50))];

    /// <summary>The <paramref name="percent"/>-th percentile (linear interpolation) of <paramref name="values"/>.</summary>
    public static double Percentile(double[] values, double percent) =>
        values.Length == 0 ? double.NaN : Benchmarks.FrameTimeStats.Percentile(values.Order().ToArray(), percent);

    /// <summary>The summary figures, by name (see <see cref="EvalSummary"/> for the definitions).</summary>
    public IReadOnlyDictionary<string, double> Summary(EvalOptions options) => EvalSummary.Of(this, options);
}

/// <summary>The model at a return to a place it saw earlier in the same rollout.</summary>
/// <param name="Episode">Episode index.</param>
/// <param name="FirstVisit">Frame of the earlier visit.</param>
/// <param name="Return">Frame of the return (at least <see cref="EvalOptions.RevisitGap"/> later, having left).</param>
/// <param name="ModelVsTruth">PSNR of the model's return frame against the ground truth.</param>
/// <param name="ModelSelf">PSNR of the model's return frame against its own first-visit frame.</param>
/// <param name="TruthSelf">The same for the ground truth (objects and weather move, so below the cap).</param>
public sealed record RevisitMeasure(int Episode, int FirstVisit, int Return, double ModelVsTruth, double ModelSelf, double TruthSelf);

/// <summary>The model's ceilings on the evaluation episodes (see <see cref="RolloutEvaluator.Reference"/>).</summary>
/// <param name="CopyPsnr">Mean PSNR of showing true frame t-1 again as frame t (the baseline a model must beat).</param>
/// <param name="OneStepPsnr">Mean PSNR of one step from a true frame (next-frame prediction with the true context).</param>
/// <param name="Frames">Frames measured.</param>
public sealed record ReferenceFigures(double CopyPsnr, double OneStepPsnr, int Frames);
