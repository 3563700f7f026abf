namespace Research.Workbench.Hosting;

/// <summary>Finds the repository root: the nearest folder above a start folder that holds Research.sln.</summary>
internal static class RepositoryRoot
{
    public const string SolutionFile = "Research.sln";

    /// <summary>The root above the current folder or, failing that, above the app's own folder; null when neither is inside a clone.</summary>
    public static string? Find() => FindFrom(Directory.GetCurrentDirectory()) ?? FindFrom(AppContext.BaseDirectory);

    public static string? FindFrom(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
            {
                return dir.FullName;
            }
        }
        return null;
    }

    /// <summary>The model folder: the configured one, else engine/models/default under the root.</summary>
    /// <exception cref="InvalidOperationException">None is configured and the app is not inside a clone.</exception>
    public static string ModelDirectory(string? configured) =>
        !string.IsNullOrWhiteSpace(configured) ? Path.GetFullPath(configured)
        : Find() is { } root ? Path.Combine(root, "engine", "models", "default")
        : throw new InvalidOperationException($"Cannot find {SolutionFile} above {Directory.GetCurrentDirectory()}: set Workbench:ModelDirectory.");
}
