using Research.Engine.Files;
using Research.Engine.Tests.Datasets;

namespace Research.Engine.Tests.Files;

public sealed class OutputDirectoryTests
{
    private const string Producer = "research test";

    [Fact]
    public void Begin_TargetHoldsUnrelatedFiles_RefusedAndNothingDeleted()
    {
        using var temp = new TempDirectory();
        var victim = temp.Combine("victim");
        Directory.CreateDirectory(Path.Combine(victim, "photos"));
        File.WriteAllText(Path.Combine(victim, "photos", "cat.jpg"), "precious");

        var error = Assert.Throws<OutputDirectoryException>(() => OutputDirectory.Begin(victim, Producer));

        Assert.Contains(victim, error.Message);
        Assert.Contains("photos/", error.Message);
        Assert.Contains("nothing was deleted", error.Message);
        Assert.Equal("precious", File.ReadAllText(Path.Combine(victim, "photos", "cat.jpg")));
        Assert.Equal([victim], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Begin_TargetIsAFile_Refused()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.Combine("out"), "mine");

        Assert.Throws<OutputDirectoryException>(() => OutputDirectory.Begin(temp.Combine("out"), Producer));

        Assert.Equal("mine", File.ReadAllText(temp.Combine("out")));
    }

    [Fact]
    public void Commit_PreviousOutputOfSameProducer_ReplacedWhole()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("out");
        Write(target, Producer, "a.txt", "frames/1.png");

        Write(target, Producer, "b.txt");

        Assert.Equal(["b.txt"], Files(target));
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Begin_PreviousOutputWithAFileAddedByHand_RefusedAndNothingDeleted()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("out");
        Write(target, Producer, "a.txt");
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");

        var error = Assert.Throws<OutputDirectoryException>(() => OutputDirectory.Begin(target, Producer));

        Assert.Contains("notes.txt", error.Message);
        Assert.Equal(["a.txt", "notes.txt"], Files(target));
    }

    [Fact]
    public void Begin_OutputOfAnotherProducer_Refused()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("out");
        Write(target, "research other", "a.txt");

        var error = Assert.Throws<OutputDirectoryException>(() => OutputDirectory.Begin(target, Producer));

        Assert.Contains("research other", error.Message);
    }

    [Fact]
    public void Begin_LegacyOutputWithoutManifest_AcceptedOnlyWithItsOwnFiles()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("out");
        string[] legacy = ["state.jsonl", "frames/*.png"];
        Directory.CreateDirectory(Path.Combine(target, "frames"));
        File.WriteAllText(Path.Combine(target, "state.jsonl"), "");
        File.WriteAllText(Path.Combine(target, "frames", "000001.png"), "");

        using (OutputDirectory.Begin(target, Producer, legacy))
        {
        }
        File.WriteAllText(Path.Combine(target, "frames", "keep.txt"), "");

        Assert.Throws<OutputDirectoryException>(() => OutputDirectory.Begin(target, Producer, legacy));
    }

    [Fact]
    public void Dispose_WithoutCommit_TargetUntouchedAndNoStagingLeft()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("out");
        Write(target, Producer, "a.txt");

        using (var output = OutputDirectory.Begin(target, Producer))
        {
            File.WriteAllText(Path.Combine(output.Staging, "b.txt"), "half");
        }

        Assert.Equal(["a.txt"], Files(target));
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Begin_StagingOfAKilledRun_Removed()
    {
        using var temp = new TempDirectory();
        var leftover = temp.Combine($".out.{AtomicFileTests.DeadPid()}-0badf00d.partial");
        Directory.CreateDirectory(leftover);

        using (OutputDirectory.Begin(temp.Combine("out"), Producer))
        {
            Assert.False(Directory.Exists(leftover));
        }
    }

    private static void Write(string target, string producer, params string[] files)
    {
        using var output = OutputDirectory.Begin(target, producer);
        foreach (var file in files)
        {
            var path = Path.Combine(output.Staging, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file);
        }
        output.Commit();
    }

    /// <summary>The files of a folder, relative, manifest excluded.</summary>
    private static string[] Files(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => f != ".research-output.json")
            .Order(StringComparer.Ordinal)];
}
