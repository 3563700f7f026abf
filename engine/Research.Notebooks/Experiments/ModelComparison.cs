using Microsoft.Data.Analysis;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>The trained model beside the default in notebook 05.</summary>
/// <param name="Curves">PSNR against horizon of both, with 95% bands across seeds.</param>
/// <param name="Table">The evaluation summary of both.</param>
public sealed record ModelComparison(LineChart Curves, DataFrame Table);
