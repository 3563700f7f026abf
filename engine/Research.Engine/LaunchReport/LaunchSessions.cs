namespace Research.Engine.LaunchReport;

/// <summary>Groups forks with the run they were forked from, so a session forked five times is one session, not six.</summary>
internal static class LaunchSessions
{
    /// <summary>
    /// <paramref name="runs"/> with each <see cref="LaunchRun.Session"/> set: a run's own id, or for a fork the first run
    /// of its chain of forks. When a parent is not among <paramref name="runs"/> (filtered out, failed), its id still
    /// names the session, so two forks of it count once.
    /// </summary>
    public static IReadOnlyList<LaunchRun> Resolve(IReadOnlyList<LaunchRun> runs)
    {
        var parents = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var run in runs)
        {
            parents.TryAdd(run.Run.Id, run.ForkOf);
        }
        return [.. runs.Select(r => r with { Session = Root(r.Run.Id, parents) })];
    }

    private static string Root(string id, Dictionary<string, string?> parents)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { id };
        // A chain of forks ends at a run that is no fork, or at a parent that was not loaded; a cycle (a corrupt record) stops where it closes.
        while (parents.GetValueOrDefault(id) is { } parent && seen.Add(parent))
        {
            id = parent;
        }
        return id;
    }
}
