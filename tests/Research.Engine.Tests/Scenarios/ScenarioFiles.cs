namespace Research.Engine.Tests.Scenarios;

/// <summary>Finds the shipped scenario files from the test's output folder, by walking up to the solution.</summary>
internal static class ScenarioFiles
{
    public static string Directory { get; } = Locate();

    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Research.sln")))
            {
                return Path.Combine(folder.FullName, "datasets", "scenarios");
            }
        }
        throw new InvalidOperationException($"No Research.sln above {AppContext.BaseDirectory}.");
    }
}
