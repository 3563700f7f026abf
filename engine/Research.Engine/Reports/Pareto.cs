namespace Research.Engine.Reports;

/// <summary>The Pareto front of cost-versus-quality points.</summary>
public static class Pareto
{
    /// <summary>
    /// The points no other point beats on both axes, ordered by x ascending. Of points with equal x only the best y
    /// stays; points with a NaN coordinate are ignored.
    /// </summary>
    /// <param name="points">Candidate points.</param>
    /// <param name="goal">Which corner is best; <see cref="ParetoGoal.None"/> gives an empty front.</param>
    public static IReadOnlyList<ScatterPoint> Front(IEnumerable<ScatterPoint> points, ParetoGoal goal)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (goal == ParetoGoal.None)
        {
            return [];
        }
        // Score y so that larger is always better; then a sweep by ascending x keeps each point that beats all cheaper ones.
        var sign = goal == ParetoGoal.LowerXHigherY ? 1.0 : -1.0;
        var front = new List<ScatterPoint>();
        var best = double.NegativeInfinity;
        foreach (var point in points
                     .Where(p => !double.IsNaN(p.X) && !double.IsNaN(p.Y))
                     .OrderBy(p => p.X)
                     .ThenByDescending(p => sign * p.Y))
        {
            if (sign * point.Y > best)
            {
                front.Add(point);
                best = sign * point.Y;
            }
        }
        return front;
    }
}
