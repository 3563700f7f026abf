using System.Diagnostics;
using System.Text.Json;
using Research.Engine.Tests.Datasets;

namespace Research.Engine.Tests.Files;

/// <summary>A process killed at any point while writing leaves each output as one whole version.</summary>
public sealed class KilledWriterTests
{
    [Fact]
    public async Task Write_ChildKilledAtRandomPoints_FolderAndFileAreAlwaysOneWholeVersion()
    {
        using var temp = new TempDirectory();
        var random = new Random(14);
        var cancellation = TestContext.Current.CancellationToken;

        for (var round = 0; round < 8; round++)
        {
            using var child = Process.Start(StartInfo(temp.Path))!;
            Assert.NotNull(await child.StandardOutput.ReadLineAsync(cancellation));
            await Task.Delay(random.Next(0, 150), cancellation);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync(cancellation);

            AssertWholeFolder(temp.Combine("out"));
            AssertWhole(File.ReadAllText(temp.Combine("single.txt")));
        }

        using (var last = Process.Start(StartInfo(temp.Path, count: 1))!)
        {
            await last.WaitForExitAsync(cancellation);
            Assert.Equal(0, last.ExitCode);
        }
        Assert.Equal(["out", "single.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    private static ProcessStartInfo StartInfo(string root, int? count = null)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(WriterChild).Assembly.Location);
        info.Environment[WriterChild.Variable] = count is { } n ? $"{root}|{n}" : root;
        return info;
    }

    /// <summary>Every file of the folder holds the same whole version, and its manifest lists exactly them.</summary>
    private static void AssertWholeFolder(string folder)
    {
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, ".research-output.json")));
        Assert.Equal(WriterChild.Files.Order(StringComparer.Ordinal), manifest.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        var contents = WriterChild.Files.Select(file => File.ReadAllText(Path.Combine(folder, file))).Distinct().ToList();
        AssertWhole(Assert.Single(contents));
        Assert.Equal(WriterChild.Files.Length + 1, Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count());
    }

    private static void AssertWhole(string text)
    {
        var version = int.Parse(text[..text.IndexOf('\n', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(text == WriterChild.Content(version), $"version {version} is cut: {text.Length} characters");
    }
}
