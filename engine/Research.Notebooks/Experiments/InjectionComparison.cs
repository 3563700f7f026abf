using Microsoft.Data.Analysis;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>What notebook 06 shows about injected errors.</summary>
/// <param name="Psnr">PSNR per frame of the live session with and without memory, the injection marked by the drop.</param>
/// <param name="Table">Per variant: injection frame, baseline PSNR before it, frames to recover (NaN: never), mean PSNR after it.</param>
public sealed record InjectionComparison(LineChart Psnr, DataFrame Table);
