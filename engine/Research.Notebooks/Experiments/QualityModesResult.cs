using Microsoft.Data.Analysis;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>What notebook 03 shows.</summary>
/// <param name="CostQuality">Milliseconds per frame against PSNR at the horizon per mode, with the Pareto front.</param>
/// <param name="Curves">PSNR against horizon per mode, with 95% bands across seeds.</param>
/// <param name="Table">Per mode: median ms per frame (timed in turns), GFLOP per frame, PSNR and SSIM at the horizon, and dB gained per extra millisecond over the fast mode.</param>
/// <param name="Front">The modes on the Pareto front, cheapest first.</param>
public sealed record QualityModesResult(ScatterChart CostQuality, LineChart Curves, DataFrame Table, IReadOnlyList<string> Front);
