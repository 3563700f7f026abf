using System.Globalization;

namespace Research.Engine.Storage;

/// <summary>Says which quality modes a run ran in, for lists and headers: "quality 80%, fast 20%".</summary>
public static class ModeShares
{
    /// <summary>
    /// The modes of <paramref name="run"/> by their share of its time, largest first ("quality 80%, fast 20%"); the one
    /// mode's name when it ran in one; the mode it started in when nothing was recorded (runs stored before modes were).
    /// </summary>
    public static string Describe(RunDocument run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var used = run.Modes.Where(m => m.Seconds > 0).OrderByDescending(m => m.Seconds).ThenBy(m => m.Mode, StringComparer.Ordinal).ToList();
        if (used.Count == 0)
        {
            return run.QualityMode ?? "";
        }
        if (used.Count == 1)
        {
            return used[0].Mode;
        }
        var total = used.Sum(m => m.Seconds);
        return string.Join(", ", used.Select(m => $"{m.Mode} {Percent(m.Seconds / total)}"));
    }

    private static string Percent(double share) =>
        Math.Round(share * 100) is var percent and >= 1 ? percent.ToString("0", CultureInfo.InvariantCulture) + "%" : "<1%";
}
