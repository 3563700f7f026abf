using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using Research.Engine.Storage;

namespace Research.Workbench.Hosting;

/// <summary>
/// Publishes the workbench's address as <c>workbench.json</c> in its data folder once it listens, and removes it when
/// it stops, so a notebook that finds <c>runs.db</c> locked knows where to ask for a snapshot.
/// </summary>
internal sealed class WorkbenchAddressPublisher(
    IHostApplicationLifetime lifetime, IServer server, IRunStore store, IOptions<WorkbenchOptions> options, TimeProvider time) : IHostedService
{
    private string? _directory;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is LiteDbRunStore lite)
        {
            _directory = lite.DataDirectoryPath;
            lifetime.ApplicationStarted.Register(() => new WorkbenchAddress(LocalUrl(), Environment.ProcessId, time.GetUtcNow()).Publish(_directory));
        }
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        if (_directory is not null)
        {
            WorkbenchAddress.Remove(_directory, Environment.ProcessId);
        }
        return Task.CompletedTask;
    }

    /// <summary>The address the server listens on (the actual port when the URL asks for port 0), with a wildcard host made loopback.</summary>
    private string LocalUrl()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? options.Value.Url;
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }
        return uri.Uri.ToString().TrimEnd('/');
    }
}
