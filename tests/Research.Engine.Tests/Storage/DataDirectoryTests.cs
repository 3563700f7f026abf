using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class DataDirectoryTests
{
    private static readonly string Root = OperatingSystem.IsWindows() ? @"C:\" : "/";

    [Fact]
    public void Resolve_ExplicitPath_WinsOverEnvironment()
    {
        // Arrange
        var environment = Environment(("RESEARCH_DATA_DIR", Rooted("env")), ("XDG_DATA_HOME", Rooted("xdg")), ("HOME", Rooted("home")));

        // Act
        var resolved = DataDirectory.Resolve(Rooted("given"), environment);

        // Assert
        Assert.Equal(Rooted("given"), resolved);
    }

    [Fact]
    public void Resolve_NoExplicitPath_UsesEnvironmentVariable()
    {
        var environment = Environment(("RESEARCH_DATA_DIR", Rooted("env")), ("XDG_DATA_HOME", Rooted("xdg")), ("HOME", Rooted("home")));

        Assert.Equal(Rooted("env"), DataDirectory.Resolve("  ", environment));
    }

    [Fact]
    public void Resolve_RelativeExplicitPath_IsMadeFull()
    {
        Assert.Equal(Path.GetFullPath("runs-here"), DataDirectory.Resolve("runs-here", Environment()));
    }

    [Fact]
    public void Resolve_TildePath_ExpandsHome()
    {
        Assert.Equal(Path.Combine(Rooted("home"), "data"), DataDirectory.Resolve("~/data", Environment(("HOME", Rooted("home")))));
    }

    [Fact]
    public void Resolve_NothingButXdgDataHome_UsesItsWorkbenchFolder()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows uses %LOCALAPPDATA%.");
        var environment = Environment(("RESEARCH_DATA_DIR", ""), ("XDG_DATA_HOME", "/xdg"), ("HOME", "/home/ada"));

        Assert.Equal("/xdg/research-workbench", DataDirectory.Resolve(null, environment));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("relative/xdg")]
    public void Resolve_XdgDataHomeUnsetOrNotAbsolute_UsesLocalShareUnderHome(string? xdg)
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows uses %LOCALAPPDATA%.");
        var environment = Environment(("XDG_DATA_HOME", xdg), ("HOME", "/home/ada"));

        Assert.Equal("/home/ada/.local/share/research-workbench", DataDirectory.Resolve(null, environment));
    }

    private static string Rooted(string name) => Path.Combine(Root, name);

    private static Func<string, string?> Environment(params (string Name, string? Value)[] variables)
    {
        var map = variables.ToDictionary(v => v.Name, v => v.Value);
        return name => map.GetValueOrDefault(name);
    }
}
