namespace Research.Engine.RunViews;

/// <summary>The direction of each KPI the engine writes (see <c>Research.Engine.Kpis</c>), by its snake_case key.</summary>
/// <remarks>
/// Keys are matched exactly first, then by pattern: names with psnr, ssim, fps or rating are higher-is-better; names
/// with latency, error, response, jitter, dropped, lost, rejected, recovery, jump or ending in _ms are lower-is-better;
/// anything else (counts, frame numbers) has no direction and is never marked best.
/// </remarks>
public static class KpiDirections
{
    private static readonly Dictionary<string, KpiDirection> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        ["divergence_onset_frame"] = KpiDirection.Higher,
        ["drift_estimate_correlation"] = KpiDirection.Higher,
        ["segment_mean_s"] = KpiDirection.Higher,
        ["segment_max_s"] = KpiDirection.Higher,
        ["latency_p95_trend_ms_per_window"] = KpiDirection.Lower,
        ["latency_last_to_first_p95_ratio"] = KpiDirection.Lower,
        ["soft_reset_jump_ratio"] = KpiDirection.Lower,
        ["hard_resets"] = KpiDirection.Lower,
        ["injections_never_recovered"] = KpiDirection.Lower,
        // A PSNR, though the name has "recovery" in it: the quality recovery is judged against.
        ["recovery_baseline_psnr_mean"] = KpiDirection.Higher,
        ["revisit_truth_psnr_mean"] = KpiDirection.None,
        ["first_response_count"] = KpiDirection.None,
        ["visible_response_count"] = KpiDirection.None,
        ["ratings"] = KpiDirection.None,
        ["soft_reset_drift_continuity_db"] = KpiDirection.None,
    };

    private static readonly string[] HigherWords = ["psnr", "ssim", "fps", "rating"];

    private static readonly string[] LowerWords = ["latency", "error", "response", "jitter", "dropped", "lost", "rejected", "recovery", "jump", "unapplied"];

    /// <summary>The direction of KPI <paramref name="key"/>.</summary>
    public static KpiDirection Of(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (Known.TryGetValue(key, out var known))
        {
            return known;
        }
        if (LowerWords.Any(w => key.Contains(w, StringComparison.OrdinalIgnoreCase)) || key.EndsWith("_ms", StringComparison.OrdinalIgnoreCase))
        {
            return KpiDirection.Lower;
        }
        return HigherWords.Any(w => key.Contains(w, StringComparison.OrdinalIgnoreCase)) ? KpiDirection.Higher : KpiDirection.None;
    }
}
