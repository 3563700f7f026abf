using Research.Engine.Files;
using Research.Engine.Tests.Datasets;

namespace Research.Engine.Tests.Files;

public sealed class AtomicDirectoryTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Replace_ExistingTarget_NewVersionInPlaceOldOneAndStagingGone(bool exchange)
    {
        using var temp = new TempDirectory();
        var target = Version(temp.Combine("out"), "old", "gone.txt");
        var staging = Version(temp.Combine(".out.staging"), "new", "frames/1.png");

        AtomicDirectory.Replace(staging, target, exchange);

        Assert.Equal("new", File.ReadAllText(Path.Combine(target, "version.txt")));
        Assert.True(File.Exists(Path.Combine(target, "frames", "1.png")));
        Assert.False(File.Exists(Path.Combine(target, "gone.txt")));
        Assert.Equal([target], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Replace_NoTarget_MovesStagingIn()
    {
        using var temp = new TempDirectory();
        var staging = Version(temp.Combine(".out.staging"), "new");

        AtomicDirectory.Replace(staging, temp.Combine("out"));

        Assert.Equal("new", File.ReadAllText(temp.Combine("out", "version.txt")));
        Assert.Equal([temp.Combine("out")], Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void Replace_StagingInAnotherFolder_Refused()
    {
        using var temp = new TempDirectory();
        var staging = Version(temp.Combine("elsewhere", "staging"), "new");

        Assert.Throws<ArgumentException>(() => AtomicDirectory.Replace(staging, temp.Combine("out")));
    }

    [Fact]
    public void Recover_KilledBetweenTheTwoRenames_OldVersionBackInPlace()
    {
        using var temp = new TempDirectory();
        // What a Replace without exchange leaves when killed after moving the old version aside.
        Version(temp.Combine($".out.{AtomicFileTests.DeadPid()}-0badf00d.old"), "old");

        AtomicDirectory.Recover(temp.Combine("out"));

        Assert.Equal("old", File.ReadAllText(temp.Combine("out", "version.txt")));
        Assert.Equal([temp.Combine("out")], Directory.GetFileSystemEntries(temp.Path));
    }

    private static string Version(string folder, string version, params string[] files)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "version.txt"), version);
        foreach (var file in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, file))!);
            File.WriteAllText(Path.Combine(folder, file), version);
        }
        return folder;
    }
}
