namespace Research.Cli.Tests.Commands;

/// <summary><c>research notebook run</c> as a user runs it: exit codes and messages.</summary>
public sealed class NotebookCommandTests
{
    private const string Failing = """
        {"cells": [
          {"cell_type": "code", "execution_count": null, "metadata": {"tags": ["parameters"]}, "outputs": [], "source": ["int frames = 3;"]},
          {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["Console.WriteLine(frames);\n", "var missing = System.IO.File.ReadAllText(\"no-such-file.txt\");"]},
          {"cell_type": "code", "execution_count": null, "metadata": {}, "outputs": [], "source": ["Console.WriteLine(\"not reached\");"]}
        ], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
        """;

    [Fact]
    public async Task Run_FailingCell_ExitsOneNamingCellAndLineAndWritesTheNotebook()
    {
        // Arrange
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp["nb.ipynb"], Failing, TestContext.Current.CancellationToken);

        // Act
        var (exit, _, error) = await CliProcess.Run("notebook", "run", temp["nb.ipynb"], "--param", "frames=7", "--out", temp["out.ipynb"], "--html", temp["out.html"]);

        // Assert
        Assert.Equal(1, exit);
        Assert.Contains("cell 3, line 2: FileNotFoundException", error, StringComparison.Ordinal);
        var written = await File.ReadAllTextAsync(temp["out.ipynb"], TestContext.Current.CancellationToken);
        Assert.Contains("\"7\\n\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("not reached\\n", written, StringComparison.Ordinal);
        Assert.True(File.Exists(temp["out.html"]));
    }

    [Fact]
    public async Task Run_UnknownParameter_ExitsTwoWithTheKnownParameters()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp["nb.ipynb"], Failing, TestContext.Current.CancellationToken);

        var (exit, _, error) = await CliProcess.Run("notebook", "run", temp["nb.ipynb"], "--param", "frame=7");

        Assert.Equal(2, exit);
        Assert.Contains("--param frame: ", error, StringComparison.Ordinal);
        Assert.Contains("its parameters (cell 1) are: frames", error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp["nb.executed.ipynb"]));
    }

    [Fact]
    public async Task Run_NotJson_ExitsTwoNamingTheLine()
    {
        using var temp = new TempDirectory();
        await File.WriteAllTextAsync(temp["nb.ipynb"], "{\n\"cells\": [\n}", TestContext.Current.CancellationToken);

        var (exit, _, error) = await CliProcess.Run("notebook", "run", temp["nb.ipynb"]);

        Assert.Equal(2, exit);
        Assert.Contains("nb.ipynb, line 3: not valid JSON", error, StringComparison.Ordinal);
    }
}
