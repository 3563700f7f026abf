using System.Globalization;
using Research.Engine.Reports;

namespace Research.Engine.LaunchReport;

/// <summary>
/// A criterion's figure over time across runs, as a line with its threshold: per UTC day when the runs span two days or
/// more (each day aggregated like the verdict), otherwise per run in the order they were made.
/// </summary>
/// <remarks>Run counts are cumulative ("runs measured so far"); days or runs that measured nothing leave no point.</remarks>
public static class LaunchTrend
{
    /// <summary>The trend of <paramref name="criterion"/> over <paramref name="runs"/> (oldest first); null when no run measured it.</summary>
    public static LineChart? Build(LaunchCriterion criterion, IReadOnlyList<LaunchRun> runs)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            return null;
        }
        var days = runs.Select(r => DateOnly.FromDateTime(r.Run.CreatedAt.UtcDateTime)).ToArray();
        var first = days.Min();
        var perDay = days.Distinct().Count() >= 2;
        var groups = perDay
            ? runs.Select((run, i) => (Key: days[i].DayNumber - first.DayNumber, Run: run)).GroupBy(p => p.Key, p => p.Run).ToArray()
            : runs.Select((run, i) => (Key: i + 1, Run: run)).GroupBy(p => p.Key, p => p.Run).ToArray();
        var x = new List<double>();
        var y = new List<double>();
        var seen = new List<LaunchRun>();
        foreach (var group in groups.OrderBy(g => g.Key))
        {
            seen.AddRange(group);
            var members = criterion.Aggregate == FigureAggregate.RunCount ? seen : group.ToList();
            var values = members.Select(r => criterion.PerRun(r.Values)).OfType<double>().ToArray();
            if (FigureMath.Aggregate(criterion, members.Count, values) is { } value)
            {
                x.Add(group.Key);
                y.Add(value);
            }
        }
        if (x.Count == 0)
        {
            return null;
        }
        // A single point still gets a threshold line to compare it with, half a run or a day either side.
        var (left, right) = x.Count == 1 ? (x[0] - 0.5, x[0] + 0.5) : (x[0], x[^1]);
        var threshold = new ChartSeries(
            $"threshold ({LaunchFormat.Threshold(criterion)})", [left, right], [criterion.Threshold, criterion.Threshold]);
        var xTitle = perDay
            ? string.Create(CultureInfo.InvariantCulture, $"days since {first:yyyy-MM-dd} (UTC)")
            : "session run (oldest first)";
        var yTitle = criterion.Unit.Length == 0 || criterion.Unit.StartsWith('/') ? criterion.Name : $"{criterion.Name} ({criterion.Unit})";
        return new LineChart($"{criterion.Name}, {(perDay ? "per day" : "per run")}", xTitle, yTitle, [new ChartSeries(criterion.Name, x, y), threshold], PointMarkers: true);
    }
}
