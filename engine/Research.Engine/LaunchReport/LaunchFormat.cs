using System.Globalization;

namespace Research.Engine.LaunchReport;

/// <summary>How the checklist writes figures, thresholds and verdicts (invariant culture), shared by the report and the workbench page.</summary>
public static class LaunchFormat
{
    /// <summary>"pass", "fail" or "no data".</summary>
    public static string Verdict(LaunchVerdict verdict) => verdict switch
    {
        LaunchVerdict.Pass => "pass",
        LaunchVerdict.Fail => "fail",
        _ => "no data",
    };

    /// <summary>A figure with its unit ("72.3 ms", "100 %" for coverage), or "no data".</summary>
    public static string Value(LaunchCriterion criterion, double? value)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return value is not { } v ? "no data" : Number(criterion, v);
    }

    /// <summary>The threshold with its direction ("≤ 1000 ms", "≥ 0.9").</summary>
    public static string Threshold(LaunchCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        return (criterion.Direction == FigureDirection.AtMost ? "≤ " : "≥ ") + Number(criterion, criterion.Threshold);
    }

    private static string Number(LaunchCriterion criterion, double value)
    {
        if (criterion.Aggregate == FigureAggregate.Coverage)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{value * 100:0.#} %");
        }
        // Three significant digits or so: enough to compare with a threshold, few enough to read.
        var format = Math.Abs(value) >= 100 ? "0" : Math.Abs(value) >= 10 ? "0.#" : "0.###";
        var number = value.ToString(format, CultureInfo.InvariantCulture);
        return criterion.Unit.Length == 0 ? number : criterion.Unit.StartsWith('/') ? number + criterion.Unit : $"{number} {criterion.Unit}";
    }

    /// <summary>Where the answers come from: "Answered from N measured session runs (filter), generated … UTC."</summary>
    public static string Provenance(LaunchChecklist checklist)
    {
        ArgumentNullException.ThrowIfNull(checklist);
        return string.Create(CultureInfo.InvariantCulture,
            $"Answered from {checklist.Runs.Count} measured session {(checklist.Runs.Count == 1 ? "run" : "runs")} ({checklist.Filter.Describe()}), generated {checklist.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
    }
}
