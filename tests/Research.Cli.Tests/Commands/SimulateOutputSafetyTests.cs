using System.Diagnostics;
using System.Text.Json;

namespace Research.Cli.Tests.Commands;

/// <summary><c>research simulate</c> writes its output folder whole, and never in place of files it did not write.</summary>
public sealed class SimulateOutputSafetyTests
{
    private const string Tiny = """
        {
          "name": "tiny",
          "description": "",
          "seed": 2,
          "preset": "meadow",
          "duration": 2,
          "events": [{ "at": 0.1, "type": "action", "action": "right", "hold": 1 }]
        }
        """;

    [Theory]
    [InlineData("../../victim")]
    [InlineData("{victim}")]
    public async Task Simulate_ScenarioNameLeadingOutOfTheDataFolder_ExitsTwoAndDeletesNothing(string name)
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["victim"]);
        File.WriteAllText(temp["victim/thesis.tex"], "years of work");
        File.WriteAllText(temp["evil.json"], Tiny.Replace("\"tiny\"", JsonSerializer.Serialize(name.Replace("{victim}", temp["victim"])), StringComparison.Ordinal));

        var (exit, output, error) = await CliProcess.Run("simulate", "--scenario", temp["evil.json"], "--data-dir", temp["data"]);

        Assert.True(exit == 2, output + error);
        Assert.Contains("evil.json:2: name:", error);
        Assert.Equal("years of work", File.ReadAllText(temp["victim/thesis.tex"]));
        Assert.False(Directory.Exists(temp["data"]), "no run was stored");
    }

    [Fact]
    public async Task Simulate_OutHoldingUnrelatedFiles_ExitsTwoKeepsThemAndStoresNoRun()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp["out"]);
        File.WriteAllText(temp["out/notes.txt"], "mine");
        File.WriteAllText(temp["tiny.json"], Tiny);

        var (exit, output, error) = await CliProcess.Run("simulate", "--scenario", temp["tiny.json"], "--size", "16", "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.True(exit == 2, output + error);
        Assert.Contains("is not a previous output of research simulate", error);
        Assert.Contains("notes.txt", error);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(temp["out"]).Select(Path.GetFileName));
        Assert.False(Directory.Exists(temp["data"]), "no run was stored");
    }

    [Fact]
    public async Task Simulate_KilledAtRandomPoints_OutputIsAlwaysOneWholeVersion()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["tiny.json"], Tiny);
        string[] args = ["simulate", "--scenario", temp["tiny.json"], "--size", "16", "--every", "5", "--out", temp["out"], "--data-dir", temp["data"]];
        var clock = Stopwatch.StartNew();
        var (exit, output, error) = await CliProcess.Run(args);
        var duration = clock.Elapsed;
        Assert.True(exit == 0, output + error);
        AssertWhole(temp["out"]);
        var random = new Random(14);

        for (var i = 0; i < 6; i++)
        {
            using var child = Process.Start(CliProcess.StartInfo(args))!;
            // Mostly late in the run, where the output is flushed and swapped in.
            await Task.Delay(duration * (0.4 + 0.8 * random.NextDouble()), TestContext.Current.CancellationToken);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(TestContext.Current.CancellationToken);

            AssertWhole(temp["out"]);
        }

        (exit, output, error) = await CliProcess.Run(args);
        Assert.True(exit == 0, output + error);
        AssertWhole(temp["out"]);
        Assert.Equal(["data", "out", "tiny.json"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>The folder is one complete simulation: its manifest lists exactly the files there, all 60 frames are in state.jsonl.</summary>
    private static void AssertWhole(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".research-output.json")));
        Assert.Equal("research simulate", manifest.RootElement.GetProperty("producer").GetString());
        var listed = manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).Order(StringComparer.Ordinal);
        var present = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != ".research-output.json")
            .Order(StringComparer.Ordinal);
        Assert.Equal(listed, present);
        Assert.Equal(60, File.ReadAllLines(Path.Combine(folder, "state.jsonl")).Length);
        Assert.Equal(12, Directory.GetFiles(Path.Combine(folder, "frames"), "*.png").Length);
    }
}
