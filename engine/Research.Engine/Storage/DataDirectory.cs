namespace Research.Engine.Storage;

/// <summary>Finds the folder where the workbench keeps its data (the run store <c>runs.db</c> among it).</summary>
/// <remarks>
/// Precedence: an explicit path (for example <c>--data-dir</c>), then the <see cref="EnvironmentVariable"/>
/// <c>RESEARCH_DATA_DIR</c>, then the per-user default: <c>$XDG_DATA_HOME/research-workbench</c>, or
/// <c>~/.local/share/research-workbench</c> when <c>XDG_DATA_HOME</c> is unset (or not absolute, as the XDG
/// specification asks). On Windows the default is <c>%LOCALAPPDATA%\research-workbench</c>.
/// Empty values count as unset; a leading <c>~</c> is expanded to the home folder. The folder is not created here.
/// </remarks>
public static class DataDirectory
{
    /// <summary>The environment variable that names the data folder: <c>RESEARCH_DATA_DIR</c>.</summary>
    public const string EnvironmentVariable = "RESEARCH_DATA_DIR";

    /// <summary>The folder name under the per-user data folder: <c>research-workbench</c>.</summary>
    public const string FolderName = "research-workbench";

    /// <summary>Resolves the data folder from an explicit path and the process environment.</summary>
    /// <param name="explicitPath">A path the user gave, or <see langword="null"/>.</param>
    /// <returns>A full path.</returns>
    public static string Resolve(string? explicitPath) => Resolve(explicitPath, Environment.GetEnvironmentVariable);

    /// <summary>Resolves the data folder, reading environment variables through <paramref name="environment"/>.</summary>
    /// <param name="explicitPath">A path the user gave, or <see langword="null"/>.</param>
    /// <param name="environment">Returns an environment variable's value, or <see langword="null"/> when unset.</param>
    /// <returns>A full path.</returns>
    public static string Resolve(string? explicitPath, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var home = NonEmpty(environment("HOME")) ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (NonEmpty(explicitPath) is { } given)
        {
            return Path.GetFullPath(ExpandHome(given, home));
        }
        if (NonEmpty(environment(EnvironmentVariable)) is { } fromEnvironment)
        {
            return Path.GetFullPath(ExpandHome(fromEnvironment, home));
        }
        if (OperatingSystem.IsWindows())
        {
            var local = NonEmpty(environment("LOCALAPPDATA")) ?? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
            return Path.GetFullPath(Path.Combine(local, FolderName));
        }
        if (NonEmpty(environment("XDG_DATA_HOME")) is { } xdg && Path.IsPathRooted(xdg))
        {
            return Path.GetFullPath(Path.Combine(xdg, FolderName));
        }
        return Path.GetFullPath(Path.Combine(home, ".local", "share", FolderName));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string ExpandHome(string path, string home)
    {
        if (path == "~")
        {
            return home;
        }
        if (path.StartsWith("~/", StringComparison.Ordinal) || path.StartsWith("~\\", StringComparison.Ordinal))
        {
            return Path.Combine(home, path[2..]);
        }
        return path;
    }
}
