// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>Reads the tags a user typed as comma-separated text, with the limits the Runs page enforces.</summary>
public static class RunTags
{
    /// <summary>The most tags one run may carry.</summary>
    public const int MaxCount = 20;

    /// <summary>The longest a tag may be, in characters.</summary>
    public const int MaxLength = 40;

    /// <summary>Splits <paramref name="text"/> on commas into trimmed tags; blank text means no tags.</summary>
    /// <param name="text">What the user typed, for example <c>"baseline, night"</c>.</param>
    /// <param name="tags">The tags, when the text is valid; otherwise empty.</param>
    /// <param name="error">Why the text was refused, in words for the user; <see langword="null"/> when valid.</param>
    /// <returns>Whether the text is valid.</returns>
    public static bool TryParse(string? text, out IReadOnlyList<string> tags, out string? error)
    {
        tags = [];
        error = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        var parts = text.Split(',').Select(t => t.Trim()).ToList();
        if (parts.Any(t => t.Length == 0))
        {
            error = "A tag is empty: remove the extra comma.";
        }
        else if (parts.Count > MaxCount)
        {
            error = $"At most {MaxCount} tags; there are {parts.Count}.";
        }
        else if (parts.FirstOrDefault(t => t.Length > MaxLength) is { } tooLong)
        {
            error = $"Tags are at most {MaxLength} characters; '{tooLong[..MaxLength]}…' has {tooLong.Length}.";
        }
        else
        {
            tags = parts;
        }

        return error is null;
    }

    /// <summary>The tags as the text <see cref="TryParse"/> reads back.</summary>
    public static string Format(IEnumerable<string> tags) => string.Join(", ", tags);
}
