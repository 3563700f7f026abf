namespace Research.Engine.Kpis;

/// <summary>The KPI figures of one live session, from <see cref="KpiCalculator.Compute"/>.</summary>
/// <param name="Responses">How fast inputs were answered, and what became of them.</param>
/// <param name="Latency">Whether the session stayed responsive.</param>
/// <param name="Consistency">How faithfully the session kept to the ground-truth world.</param>
/// <param name="SoftResets">Whether soft resets were smooth.</param>
/// <param name="Recovery">How the session recovered from injected errors.</param>
/// <param name="DriftEstimateCorrelation">
/// Pearson correlation over all frames between <see cref="FrameSample.DriftEstimate"/> and the true error, taken as the
/// normalised mean squared error 10^(-PSNR / 10) (MSE / 255²), so an estimate that tracks the error scores near 1;
/// null with fewer than 3 frames or when either does not vary.
/// </param>
/// <param name="Ratings">The users' consistency ratings.</param>
/// <param name="Depth">How long worlds ran between hard resets.</param>
public sealed record SessionKpis(
    ResponseKpis Responses,
    LatencyKpis Latency,
    ConsistencyKpis Consistency,
    SoftResetKpis SoftResets,
    RecoveryKpis Recovery,
    double? DriftEstimateCorrelation,
    RatingKpis Ratings,
    DepthKpis Depth)
{
    /// <summary>
    /// The figures by snake_case name, for <see cref="Storage.KpiSummary.Values"/>. Figures that are undefined for this
    /// session (null, or not finite) are left out rather than written as NaN; per-window and per-injection lists are not included.
    /// </summary>
    public IReadOnlyDictionary<string, double> ToValues()
    {
        var values = new KpiValueWriter();
        Responses.WriteTo(values);
        Latency.WriteTo(values);
        Consistency.WriteTo(values);
        SoftResets.WriteTo(values);
        Recovery.WriteTo(values);
        values.Add("drift_estimate_correlation", DriftEstimateCorrelation);
        Ratings.WriteTo(values);
        Depth.WriteTo(values);
        return values.Values;
    }
}
