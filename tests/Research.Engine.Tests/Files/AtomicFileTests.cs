using Research.Engine.Files;
using Research.Engine.Tests.Datasets;

namespace Research.Engine.Tests.Files;

public sealed class AtomicFileTests
{
    [Fact]
    public void WriteAllText_NewFileInNewFolder_WritesItAndNoTemporary()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("reports", "a.md");

        AtomicFile.WriteAllText(path, "new");

        Assert.Equal("new", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(temp.Combine("reports")));
    }

    [Fact]
    public void Write_FailsMidWrite_KeepsOldVersionAndNoTemporary()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.bin");
        File.WriteAllText(path, "old");

        var error = Assert.Throws<IOException>(() => AtomicFile.Write(path, file =>
        {
            file.Write("half of the new"u8);
            file.Flush();
            throw new IOException("disk full");
        }));

        Assert.Equal("disk full", error.Message);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Write_GivenTemporaryPath_UsesItAndRemovesItOnFailure()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("episode.rwe");
        var partial = path + ".partial";
        var seen = false;

        Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, file =>
        {
            seen = File.Exists(partial);
            throw new InvalidOperationException("cancelled");
        }, partial));

        Assert.True(seen);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Write_LeftoverOfAKilledWriter_RemovedButNotALiveOnesOrOtherFiles()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("a.txt");
        var dead = temp.Combine($".a.txt.{DeadPid()}-0badf00d.tmp");
        var live = temp.Combine($".a.txt.{Environment.ProcessId}-0badf00d.tmp");
        var unrelated = temp.Combine(".a.txt.notes.tmp");
        foreach (var file in new[] { dead, live, unrelated })
        {
            File.WriteAllText(file, "x");
        }

        AtomicFile.WriteAllText(path, "new");

        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(unrelated));
    }

    /// <summary>A process id no running process has (the highest pid Linux allows is below 2^22).</summary>
    internal static int DeadPid() => 4_194_305;
}
