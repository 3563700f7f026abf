namespace Research.Workbench;

/// <summary>
/// The one line a run's or sweep's error shows: libtorch's errors carry its C++ stack ("Exception raised from ...",
/// then "frame #0: ..." lines) after the reason, which belongs folded away, not on a card.
/// </summary>
public static class ErrorSummary
{
    /// <summary>Longest reason shown in full; a longer first line is cut there with an ellipsis.</summary>
    public const int MaxReasonLength = 240;

    private const string LibTorchStack = "Exception raised from ";

    /// <summary>The first non-empty line of <paramref name="error"/>, cut before libtorch's stack and at <see cref="MaxReasonLength"/>.</summary>
    public static string Reason(string? error)
    {
        var text = error ?? "";
        var stack = text.IndexOf(LibTorchStack, StringComparison.Ordinal);
        var head = stack > 0 ? text[..stack] : text;
        var line = head.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
            ?? text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()
            ?? "";
        return line.Length <= MaxReasonLength ? line : line[..(MaxReasonLength - 1)].TrimEnd() + "…";
    }

    /// <summary>Whether <paramref name="error"/> says more than its <see cref="Reason"/>: then the rest is shown folded.</summary>
    public static bool HasDetails(string? error) => error is not null && error.Trim() != Reason(error);
}
