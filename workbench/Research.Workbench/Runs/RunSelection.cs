// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>Links from the Runs page to Run detail and Compare, and the checks on the run ids Compare is given.</summary>
public static class RunSelection
{
    /// <summary>The fewest runs a comparison shows.</summary>
    public const int MinRuns = 2;

    /// <summary>The most runs a comparison shows (more would not fit side by side).</summary>
    public const int MaxRuns = 4;

    /// <summary>Whether <paramref name="count"/> selected runs can be compared.</summary>
    public static bool CanCompare(int count) => count is >= MinRuns and <= MaxRuns;

    /// <summary>The Run detail page of run <paramref name="runId"/>.</summary>
    public static string DetailUrl(string runId) => "/runs/" + Uri.EscapeDataString(runId);

    /// <summary>The Compare page of <paramref name="runIds"/>, in that order.</summary>
    public static string CompareUrl(IEnumerable<string> runIds) =>
        "/compare?runs=" + string.Join(',', runIds.Select(Uri.EscapeDataString));

    /// <summary>Reads the comma-separated run ids of a Compare link and checks their number (whether they exist is the store's to say).</summary>
    /// <param name="runs">The <c>runs</c> query value, for example <c>"a,b,c"</c>.</param>
    /// <param name="ids">The ids in the order given, when valid; otherwise empty.</param>
    /// <param name="error">Why the ids were refused, in words for the user; <see langword="null"/> when valid.</param>
    public static bool TryParseIds(string? runs, out IReadOnlyList<string> ids, out string? error)
    {
        ids = [];
        var parts = (runs ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length is < MinRuns or > MaxRuns)
        {
            error = $"Compare shows {MinRuns} to {MaxRuns} runs; this link names {parts.Length}. Pick runs on the Runs page.";
            return false;
        }
        if (parts.Distinct(StringComparer.Ordinal).Count() != parts.Length)
        {
            error = "A run is named twice; compare different runs.";
            return false;
        }
        (ids, error) = (parts, null);
        return true;
    }
}
