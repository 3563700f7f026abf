using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Research.Engine.Storage;
using Research.Workbench.Hosting;

// Not Research.Workbench.Tests.Runs: that namespace would hide the Runs page type in the page tests.
namespace Research.Workbench.Tests;

public sealed class StoreSnapshotEndpointTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly TempDirectory _copy = new();

    [Fact]
    public async Task Get_StoreWithRuns_LiteDbFileWithTheRuns()
    {
        // Arrange
        using var factory = Factory();
        var store = factory.Services.GetRequiredService<IRunStore>();
        store.CreateRun(new NewRun { Id = "run-a", Kind = "session", Scenario = "revisit-loop" });
        store.CompleteRun("run-a", RunStatus.Completed);
        using var client = factory.CreateClient();

        // Act
        using var response = await client.GetAsync(new Uri(WorkbenchAddress.SnapshotPath, UriKind.Relative), TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await File.WriteAllBytesAsync(Path.Combine(_copy.Path, LiteDbRunStore.DatabaseFileName),
            await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
        using var copy = new LiteDbRunStore(new RunStoreOptions { DataDirectory = _copy.Path });
        Assert.Equal(RunStatus.Completed, copy.GetRun("run-a")!.Status);
    }

    [Fact]
    public async Task Start_DataDirectory_PublishesAddressUntilStopped()
    {
        // Arrange
        var factory = Factory();
        using (var client = factory.CreateClient())
        {
            // Act
            var address = WorkbenchAddress.Read(_data.Path);

            // Assert
            Assert.NotNull(address);
            Assert.Equal(Environment.ProcessId, address.Pid);
            Assert.True(address.IsAlive());
        }
        await factory.DisposeAsync();
        Assert.Null(WorkbenchAddress.Read(_data.Path));
    }

    [Fact]
    public async Task OpenAsync_StoreHeldByWorkbench_ReadsAFreshSnapshot()
    {
        // Arrange: the workbench holds runs.db; a notebook asks for the runs of its data folder.
        using var factory = Factory();
        var store = factory.Services.GetRequiredService<IRunStore>();
        using var client = factory.CreateClient();
        store.CreateRun(new NewRun { Id = "written-after-start", Kind = "session" });

        // Act
        using var runs = await RunStoreAccess.OpenAsync(_data.Path, client, TestContext.Current.CancellationToken);

        // Assert
        Assert.True(runs.IsSnapshot);
        Assert.Contains("snapshot", runs.Source, StringComparison.Ordinal);
        Assert.NotNull(runs.Store.GetRun("written-after-start"));
    }

    public void Dispose()
    {
        _data.Dispose();
        _copy.Dispose();
    }

    private WebApplicationFactory<Program> Factory() =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Workbench:Url", WorkbenchOptions.DefaultUrl);
            builder.UseSetting("Workbench:DataDirectory", _data.Path);
        });
}
