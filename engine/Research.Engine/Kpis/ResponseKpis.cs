namespace Research.Engine.Kpis;

/// <summary>How fast the session answered its inputs, and what became of them.</summary>
/// <param name="InputsTotal">Inputs received.</param>
/// <param name="InputsRejected">Inputs rejected (with an <see cref="InputSample.Error"/>).</param>
/// <param name="InputsCoalesced">Inputs superseded by a later one within the same frame (with <see cref="InputSample.CoalescedInto"/>).</param>
/// <param name="InputsUnapplied">Inputs neither applied, rejected nor coalesced: still pending, or lost.</param>
/// <param name="FirstResponseCount">Inputs with an applied frame and a first-frame time: the ones the first response is measured on.</param>
/// <param name="FirstResponseP50Ms">Median first response time, in ms: <see cref="InputSample.FirstFrameMs"/> - <see cref="InputSample.ReceivedMs"/>, the wait from arrival to the first frame computed with the input; null when no input has one.</param>
/// <param name="FirstResponseP95Ms">95th percentile of the first response time, in ms; null when no input has one.</param>
/// <param name="FirstResponseMaxMs">Slowest first response, in ms; null when no input has one.</param>
/// <param name="VisibleResponseCount">Applied inputs with a <see cref="InputSample.FirstVisibleMs"/>: the ones the visible response is measured on.</param>
/// <param name="VisibleResponseP50Ms">Median visible response time, in ms: <see cref="InputSample.FirstVisibleMs"/> - <see cref="InputSample.ReceivedMs"/>, the wait until the picture differs from what it would have been without the input; null when none was measured.</param>
/// <param name="VisibleResponseP95Ms">95th percentile of the visible response time, in ms; null when none was measured.</param>
public sealed record ResponseKpis(
    int InputsTotal,
    int InputsRejected,
    int InputsCoalesced,
    int InputsUnapplied,
    int FirstResponseCount,
    double? FirstResponseP50Ms,
    double? FirstResponseP95Ms,
    double? FirstResponseMaxMs,
    int VisibleResponseCount,
    double? VisibleResponseP50Ms,
    double? VisibleResponseP95Ms)
{
    /// <summary>Writes the figures as inputs_total, inputs_rejected, inputs_coalesced, inputs_unapplied, first_response_count, first_response_p50_ms, first_response_p95_ms, first_response_max_ms, visible_response_count, visible_response_p50_ms and visible_response_p95_ms.</summary>
    internal void WriteTo(KpiValueWriter values)
    {
        values.Add("inputs_total", InputsTotal);
        values.Add("inputs_rejected", InputsRejected);
        values.Add("inputs_coalesced", InputsCoalesced);
        values.Add("inputs_unapplied", InputsUnapplied);
        values.Add("first_response_count", FirstResponseCount);
        values.Add("first_response_p50_ms", FirstResponseP50Ms);
        values.Add("first_response_p95_ms", FirstResponseP95Ms);
        values.Add("first_response_max_ms", FirstResponseMaxMs);
        values.Add("visible_response_count", VisibleResponseCount);
        values.Add("visible_response_p50_ms", VisibleResponseP50Ms);
        values.Add("visible_response_p95_ms", VisibleResponseP95Ms);
    }
}
