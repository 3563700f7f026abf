using Microsoft.Data.Analysis;
using Research.Engine.Reports;

namespace Research.Notebooks.Experiments;

/// <summary>What training in notebook 05 gave.</summary>
/// <param name="Checkpoint">The trained model's checkpoint directory.</param>
/// <param name="Loss">Training loss against step, one line per phase.</param>
/// <param name="Metrics">The final checkpoint's metrics (held-out evaluation), as (metric, value).</param>
/// <param name="Elapsed">Wall time of the training.</param>
public sealed record TrainingResult(string Checkpoint, LineChart Loss, DataFrame Metrics, TimeSpan Elapsed);
