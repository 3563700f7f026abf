namespace Research.Engine.Storage;

/// <summary>Bounds untrusted text before it is kept or shown: a rejected 10 MB input must not cost 10 MB of store or screen.</summary>
public static class StoredText
{
    /// <summary>Most characters of an input's payload kept in a run's input trace; longer payloads keep this prefix and their length.</summary>
    /// <remarks>Above every accepted payload (prompts are at most 200 characters), so only rejected inputs are ever cut.</remarks>
    public const int MaxPayloadLength = 256;

    /// <summary>Most characters of untrusted text quoted in an error message.</summary>
    public const int MaxQuoteLength = 80;

    /// <summary>The first <paramref name="max"/> characters of <paramref name="text"/>, never splitting a surrogate pair.</summary>
    public static string Prefix(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (text.Length <= max)
        {
            return text;
        }
        var end = max > 0 && char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..end];
    }

    /// <summary>
    /// <paramref name="text"/> for an error message: whole when short, else its first <see cref="MaxQuoteLength"/>
    /// characters followed by <c>... (N characters)</c>.
    /// </summary>
    public static string Quote(string? text) =>
        text is null ? "" : text.Length <= MaxQuoteLength ? text : $"{Prefix(text, MaxQuoteLength)}... ({text.Length} characters)";
}
