using System.Security.Cryptography;

namespace Research.Engine.Storage;

/// <summary>Checks and makes run ids. Ids end up in index keys and key frame file ids, so they hold no separators.</summary>
internal static class RunIds
{
    public const int MaxLength = 100;

    public static bool IsValid(string? id) =>
        !string.IsNullOrEmpty(id)
        && id.Length <= MaxLength
        && char.IsAsciiLetterOrDigit(id[0])
        && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');

    /// <exception cref="ArgumentException">The id is malformed.</exception>
    public static void Validate(string? id, string parameterName)
    {
        if (!IsValid(id))
        {
            throw new ArgumentException(
                $"'{id}' is not a run id: use 1 to {MaxLength} letters, digits, '.', '_' or '-', starting with a letter or digit.",
                parameterName);
        }
    }

    /// <summary>Makes an id such as <c>simulate-20261125-101500-3f9a2c</c>: readable, sorted by start time, and unique in practice.</summary>
    public static string Create(string kind, DateTimeOffset createdAt)
    {
        var prefix = new string(kind.Trim().ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c == '-').Take(24).ToArray());
        if (prefix.Length == 0 || !char.IsAsciiLetterOrDigit(prefix[0]))
        {
            prefix = "run";
        }
        return $"{prefix}-{createdAt.UtcDateTime:yyyyMMdd-HHmmss}-{RandomNumberGenerator.GetHexString(6, lowercase: true)}";
    }
}
