using Research.Engine.Files;
using Research.Engine.Tests.Datasets;

namespace Research.Engine.Tests.Files;

public sealed class NativeFileSystemTests
{
    [Fact]
    public void TryExchange_TwoFoldersOnLinux_Swapped()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "renameat2(RENAME_EXCHANGE) is Linux only; elsewhere the fallback is tested.");
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("a"));
        File.WriteAllText(temp.Combine("a", "a.txt"), "a");
        Directory.CreateDirectory(temp.Combine("b"));

        var swapped = NativeFileSystem.TryExchange(temp.Combine("a"), temp.Combine("b"));

        Assert.True(swapped, "this machine's temp folder supports the exchange; the atomic path would silently not be used");
        Assert.True(File.Exists(temp.Combine("b", "a.txt")));
        Assert.Empty(Directory.GetFileSystemEntries(temp.Combine("a")));
    }

    [Fact]
    public void SyncDirectory_MissingFolder_ThrowsNamingIt()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Windows flushes no folder.");
        using var temp = new TempDirectory();

        var error = Assert.Throws<IOException>(() => NativeFileSystem.SyncDirectory(temp.Combine("missing")));

        Assert.Contains(temp.Combine("missing"), error.Message);
    }
}
