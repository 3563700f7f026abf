namespace Research.Workbench.Browser;

/// <summary>The repository root: the nearest folder above the running code (or the working folder) holding Research.sln.</summary>
public static class RepositoryPaths
{
    /// <summary>The root, or the working folder when no Research.sln is found above.</summary>
    public static string Root { get; } = Find(AppContext.BaseDirectory) ?? Find(Directory.GetCurrentDirectory()) ?? Directory.GetCurrentDirectory();

    private static string? Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Research.sln")))
            {
                return dir.FullName;
            }
        }
        return null;
    }
}
