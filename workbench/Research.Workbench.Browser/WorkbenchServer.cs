using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Research.Engine.Storage;
using Research.Workbench.Hosting;

namespace Research.Workbench.Browser;

/// <summary>
/// The real workbench app (its own Program, services and static files) served by Kestrel on a free loopback port, with
/// a new temporary data folder, for a real browser to load.
/// </summary>
/// <remarks>
/// In-process (WebApplicationFactory with UseKestrel) rather than a child process: the port is free by construction
/// (port 0, read back from the server), a crashed test leaves no orphan server, and tests read the app's own
/// <see cref="SessionRegistry"/> and run store to check what a page did, such as the latencies it stored.
/// </remarks>
public sealed class WorkbenchServer : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;
    private readonly bool _deleteData;

    private WorkbenchServer(WebApplicationFactory<Program> factory, string dataDirectory, bool deleteData)
    {
        (_factory, DataDirectory, _deleteData) = (factory, dataDirectory, deleteData);
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First());
    }

    /// <summary>Where the app listens, for example <c>http://127.0.0.1:40123</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The app's data folder (its <c>runs.db</c>).</summary>
    public string DataDirectory { get; }

    /// <summary>The app's services.</summary>
    public IServiceProvider Services => _factory.Services;

    /// <summary>The app's live sessions.</summary>
    public SessionRegistry Sessions => Services.GetRequiredService<SessionRegistry>();

    /// <summary>The app's run store.</summary>
    public IRunStore Store => Services.GetRequiredService<IRunStore>();

    /// <summary>Starts the app on a free loopback port.</summary>
    /// <param name="dataDirectory">The data folder; default a new temporary one, deleted on dispose.</param>
    public static WorkbenchServer Start(string? dataDirectory = null)
    {
        var deleteData = dataDirectory is null;
        dataDirectory ??= Directory.CreateTempSubdirectory("research-e2e-").FullName;
        // WebApplicationFactory looks for the app's folder as <solution folder>/Research.Workbench unless told; the app
        // lives under workbench/. Its documented override is this variable (a test project gets an attribute instead).
        const string contentRootVariable = "ASPNETCORE_TEST_CONTENTROOT_RESEARCH_WORKBENCH";
        if (Environment.GetEnvironmentVariable(contentRootVariable) is null)
        {
            Environment.SetEnvironmentVariable(contentRootVariable, Path.Combine(RepositoryPaths.Root, "workbench", "Research.Workbench"));
        }
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting($"{WorkbenchOptions.SectionName}:{nameof(WorkbenchOptions.DataDirectory)}", dataDirectory);
            builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        });
        // Port 0: the system picks a free port; Listen overrides the app's configured address (still loopback).
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        try
        {
            factory.StartServer();
            return new WorkbenchServer(factory, dataDirectory, deleteData);
        }
        catch
        {
            factory.Dispose();
            throw;
        }
    }

    /// <summary>Stops the app (live sessions end, runs complete) and deletes a temporary data folder.</summary>
    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        if (_deleteData)
        {
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held open: the temp folder is cleaned by the system later.
            }
        }
    }
}
