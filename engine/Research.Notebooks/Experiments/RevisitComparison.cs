using Microsoft.Data.Analysis;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>What notebook 06 shows about revisits.</summary>
/// <param name="Revisits">Per return to a place: the model's return frame against its own first-visit frame (self-consistency) by gap, per variant.</param>
/// <param name="Table">Per variant: revisits found, mean PSNR of the return frame against the truth and against the model's first visit, and the truth's own.</param>
/// <param name="Curves">PSNR against horizon with and without memory.</param>
public sealed record RevisitComparison(ScatterChart Revisits, DataFrame Table, LineChart Curves);
