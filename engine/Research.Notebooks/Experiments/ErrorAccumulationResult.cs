using Microsoft.Data.Analysis;
using Research.Engine.Evaluation;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>What notebook 02 shows.</summary>
/// <param name="Mitigations">PSNR against horizon for each mitigation on (the balanced mode) and off, with 95% bands across seeds.</param>
/// <param name="Summary">Per variant: PSNR at the report horizons, SSIM, agent error, divergence onset, ms per frame.</param>
/// <param name="NoiseSweep">PSNR against horizon at each inference context noise level (balanced mode).</param>
/// <param name="NoiseTable">Per noise level: PSNR at the end, mean PSNR over the horizon, divergence onset.</param>
/// <param name="Results">The raw per-variant results.</param>
/// <param name="Options">The evaluation options used (horizon, divergence rule).</param>
public sealed record ErrorAccumulationResult(
    LineChart Mitigations, DataFrame Summary, LineChart NoiseSweep, DataFrame NoiseTable, IReadOnlyList<VariantResult> Results, EvalOptions Options);
