using Microsoft.Extensions.Hosting;

namespace Research.Engine.Sessions;

/// <summary>The session loop as a hosted service, for hosts that have one (the workbench): runs <see cref="SessionHost"/> until the host stops.</summary>
/// <param name="host">The sessions' loop.</param>
public sealed class SessionHostService(SessionHost host) : BackgroundService
{
    /// <summary>Runs the loop until the host stops.</summary>
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => host.RunAsync(stoppingToken);
}
