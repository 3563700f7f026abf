using Research.Engine.Storage;

namespace Research.Engine.Files;

/// <summary>
/// Names that become a folder or file name (scenario names, model names): a plain slug, so a name can never point
/// outside the folder it is put in.
/// </summary>
public static class SafeName
{
    /// <summary>Longest name allowed.</summary>
    public const int MaxLength = 64;

    /// <summary>The rule, as error messages state it.</summary>
    public const string Rule = "1 to 64 ASCII letters, digits, '.', '-' or '_', starting with a letter or digit and not ending with '.'";

    /// <summary>Whether <paramref name="name"/> follows <see cref="Rule"/>.</summary>
    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && char.IsAsciiLetterOrDigit(name[0])
        && name[^1] != '.'
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_');

    /// <summary>The path of <paramref name="name"/> inside <paramref name="folder"/>, checked to stay inside it.</summary>
    /// <param name="folder">The folder the name must stay in.</param>
    /// <param name="name">The name.</param>
    /// <param name="what">What the name is, for the error message (e.g. <c>scenario name</c>).</param>
    /// <exception cref="ArgumentException">The name breaks <see cref="Rule"/>.</exception>
    public static string Child(string folder, string name, string what)
    {
        if (!IsValid(name))
        {
            throw new ArgumentException($"The {what} '{StoredText.Quote(name)}' cannot name a folder: expected {Rule}.");
        }
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        var child = Path.GetFullPath(Path.Combine(root, name));
        // Guaranteed by the rule; checked again so no later change to the rule can let a name escape.
        return string.Equals(Path.GetDirectoryName(child), root, StringComparison.Ordinal)
            ? child
            : throw new ArgumentException($"The {what} '{StoredText.Quote(name)}' leads outside {root}.");
    }
}
