using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class RunStoreSnapshotTests : IDisposable
{
    private readonly TempDirectory _directory = new();
    private readonly TempDirectory _copy = new();

    public void Dispose()
    {
        _directory.Dispose();
        _copy.Dispose();
    }

    [Fact]
    public void WriteSnapshot_StoreOpen_CopyOpensWithEveryRunAndFrame()
    {
        // Arrange
        using var store = StoreTestData.Open(_directory);
        store.CreateRun(new NewRun { Id = "a", Kind = "session", Scenario = "revisit-loop" });
        store.AppendFrames(StoreTestData.Frames("a", 0, 12));
        store.CompleteRun("a", RunStatus.Completed);
        store.CreateRun(new NewRun { Id = "b", Kind = "session" });

        // Act
        store.WriteSnapshot(Path.Combine(_copy.Path, LiteDbRunStore.DatabaseFileName));

        // Assert: the copy is a whole store, readable while the original stays open and locked.
        using var copy = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _copy.Path });
        Assert.Equal(RunStatus.Completed, copy.GetRun("a")!.Status);
        Assert.Equal(12, copy.GetFrames("a").Count);
        Assert.NotNull(copy.GetRun("b"));
        Assert.Empty(Directory.GetFiles(_copy.Path, "*.tmp"));
    }

    [Fact]
    public void WriteSnapshot_OverTheStoreItself_Throws()
    {
        using var store = StoreTestData.Open(_directory);

        Assert.Throws<ArgumentException>(() => store.WriteSnapshot(store.DatabasePath));
    }

    [Fact]
    public async Task OpenAsync_StoreFree_OpensDirectly()
    {
        // Arrange
        using (var store = StoreTestData.Open(_directory))
        {
            store.CreateRun(new NewRun { Id = "a", Kind = "session" });
        }

        // Act
        using var runs = await RunStoreAccess.OpenAsync(_directory.Path, cancellationToken: TestContext.Current.CancellationToken);

        // Assert
        Assert.False(runs.IsSnapshot);
        Assert.NotNull(runs.Store.GetRun("a"));
    }

    [Fact]
    public async Task OpenAsync_HeldWithoutWorkbench_ThrowsInUseNamingWorkbenchJson()
    {
        // Arrange
        using var store = StoreTestData.Open(_directory);

        // Act
        var error = await Assert.ThrowsAsync<RunStoreException>(() => RunStoreAccess.OpenAsync(_directory.Path, cancellationToken: TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(RunStoreFailure.InUse, error.Failure);
        Assert.Contains(WorkbenchAddress.FileName, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAsync_HeldAndWorkbenchAddressOfDeadProcess_ThrowsInUse()
    {
        // Arrange: a workbench.json a crashed workbench left behind (no such process).
        using var store = StoreTestData.Open(_directory);
        new WorkbenchAddress("http://127.0.0.1:1", int.MaxValue, DateTimeOffset.UnixEpoch).Publish(_directory.Path);

        // Act
        var error = await Assert.ThrowsAsync<RunStoreException>(() => RunStoreAccess.OpenAsync(_directory.Path, cancellationToken: TestContext.Current.CancellationToken));

        // Assert
        Assert.Equal(RunStoreFailure.InUse, error.Failure);
    }

    [Fact]
    public async Task OpenAsync_NoDatabase_ThrowsFileNotFound()
    {
        await Assert.ThrowsAsync<FileNotFoundException>(() => RunStoreAccess.OpenAsync(_directory.Path, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Remove_AddressOfAnotherProcess_KeepsIt()
    {
        // Arrange
        new WorkbenchAddress("http://127.0.0.1:5080", Environment.ProcessId + 1, DateTimeOffset.UnixEpoch).Publish(_directory.Path);

        // Act
        WorkbenchAddress.Remove(_directory.Path, Environment.ProcessId);

        // Assert
        Assert.Equal("http://127.0.0.1:5080", WorkbenchAddress.Read(_directory.Path)?.Url);
    }
}
