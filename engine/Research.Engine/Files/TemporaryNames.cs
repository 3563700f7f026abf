using System.Diagnostics;
using System.Globalization;

namespace Research.Engine.Files;

/// <summary>
/// Names of the temporary siblings atomic writes use, <c>.{name}.{pid}-{random}.{suffix}</c>, and the clean-up of those
/// a killed process left behind: only names of exactly this shape, and only when the process that made them is gone.
/// </summary>
internal static class TemporaryNames
{
    /// <summary>A fresh temporary sibling of <paramref name="fullPath"/>, hidden, unique to this process and call.</summary>
    public static string For(string fullPath, string suffix) =>
        Path.Combine(Parent(fullPath), string.Create(CultureInfo.InvariantCulture,
            $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}-{Random.Shared.Next():x8}.{suffix}"));

    /// <summary>The folder holding <paramref name="fullPath"/>.</summary>
    /// <exception cref="ArgumentException">The path is a root: it has no folder to hold a sibling.</exception>
    public static string Parent(string fullPath) =>
        Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(fullPath))
        ?? throw new ArgumentException($"{fullPath} is a root folder: nothing can be written in its place.", nameof(fullPath));

    /// <summary>Temporary siblings of <paramref name="fullPath"/> with <paramref name="suffix"/> whose process has ended.</summary>
    public static IEnumerable<string> Stale(string fullPath, string suffix)
    {
        var parent = Parent(fullPath);
        if (!Directory.Exists(parent))
        {
            return [];
        }
        var prefix = $".{Path.GetFileName(fullPath)}.";
        var end = $".{suffix}";
        return Directory.EnumerateFileSystemEntries(parent, prefix + "*" + end)
            .Where(path => OwnerPid(Path.GetFileName(path), prefix, end) is { } pid && !IsRunning(pid))
            .ToList();
    }

    private static int? OwnerPid(string name, string prefix, string end)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(end, StringComparison.Ordinal) || name.Length <= prefix.Length + end.Length)
        {
            return null;
        }
        var middle = name[prefix.Length..^end.Length].Split('-');
        return middle.Length == 2 && middle[1].Length == 8 && middle[1].All(char.IsAsciiHexDigitLower)
            && int.TryParse(middle[0], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
    }

    private static bool IsRunning(int pid)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
