using System.Globalization;
using Research.Engine.Reports;

namespace Research.Engine.LaunchReport;

/// <summary>
/// A criterion's figure over time across the runs it pools, as a line with its threshold: per UTC day when those runs span
/// two days or more (each day aggregated like the verdict), otherwise per session in the order they were started (a fork
/// is drawn with the run it was forked from).
/// </summary>
/// <remarks>Run counts are cumulative ("sessions measured so far"); days or sessions that measured nothing leave no point.</remarks>
public static class LaunchTrend
{
    /// <summary>The trend of <paramref name="criterion"/> over <paramref name="runs"/> (oldest first); null when no run it pools measured it.</summary>
    public static LineChart? Build(LaunchCriterion criterion, IReadOnlyList<LaunchRun> runs)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(runs);
        LaunchRun[] pooled = [.. runs.Where(r => criterion.Pools(r.Origin))];
        if (pooled.Length == 0)
        {
            return null;
        }
        var days = pooled.Select(r => DateOnly.FromDateTime(r.Run.CreatedAt.UtcDateTime)).ToArray();
        var first = days.Min();
        var perDay = days.Distinct().Count() >= 2;
        var sessions = pooled.Select(r => r.Session).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var groups = perDay
            ? pooled.Select((run, i) => (Key: days[i].DayNumber - first.DayNumber, Run: run)).GroupBy(p => p.Key, p => p.Run).ToArray()
            : pooled.Select(run => (Key: sessions.FindIndex(s => string.Equals(s, run.Session, StringComparison.OrdinalIgnoreCase)) + 1, Run: run))
                .GroupBy(p => p.Key, p => p.Run).ToArray();
        var x = new List<double>();
        var y = new List<double>();
        var seen = new List<LaunchRun>();
        foreach (var group in groups.OrderBy(g => g.Key))
        {
            seen.AddRange(group);
            var members = criterion.Aggregate == FigureAggregate.RunCount ? seen : group.ToList();
            if (FigureMath.Measure(criterion, members).Value is { } value)
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
            : "session (oldest first; forks with their parent)";
        var yTitle = criterion.Unit.Length == 0 || criterion.Unit.StartsWith('/') ? criterion.Name : $"{criterion.Name} ({criterion.Unit})";
        return new LineChart($"{criterion.Name}, {(perDay ? "per day" : "per session")}", xTitle, yTitle, [new ChartSeries(criterion.Name, x, y), threshold], PointMarkers: true, IntegerX: true);
    }
}
