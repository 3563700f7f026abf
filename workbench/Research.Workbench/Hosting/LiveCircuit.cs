using Microsoft.AspNetCore.Components.Server.Circuits;
using Research.Engine.Sessions;

namespace Research.Workbench.Hosting;

/// <summary>
/// The live sessions one circuit (one browser tab) owns, ended when its connection drops and does not come back within
/// <see cref="DisconnectGrace"/>, or at once when the circuit closes. Without this a closed tab's session stayed
/// "Running", stepping the model and recording, for Blazor's circuit retention (3 minutes by default), until Blazor
/// disposed the page.
/// </summary>
/// <remarks>
/// One per circuit (scoped) and registered as its <see cref="CircuitHandler"/>; the Live page hands it its session with
/// <see cref="Own"/>. A connection that comes back within the grace (a network blip, a laptop lid) keeps the session.
/// Ending goes through <see cref="SessionRegistry.End"/>, so the page ending it again later does nothing.
/// </remarks>
public sealed class LiveCircuit(SessionRegistry registry, TimeProvider time) : CircuitHandler, IDisposable
{
    /// <summary>How long a dropped connection may take to come back before the circuit's sessions end: 5 seconds.</summary>
    public static readonly TimeSpan DisconnectGrace = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly List<WorldSession> _owned = [];
    private ITimer? _grace;
    private bool _closed;

    /// <summary>The sessions this circuit owns and has not ended.</summary>
    public IReadOnlyList<WorldSession> Owned
    {
        get
        {
            lock (_gate)
            {
                return [.. _owned];
            }
        }
    }

    /// <summary>Makes <paramref name="session"/> this circuit's: it ends with the circuit or its lost connection.</summary>
    public void Own(WorldSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        lock (_gate)
        {
            if (!_closed)
            {
                _owned.Add(session);
                return;
            }
        }
        registry.End(session);
    }

    /// <inheritdoc />
    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _grace?.Dispose();
            _grace = time.CreateTimer(_ => EndAll(), null, DisconnectGrace, Timeout.InfiniteTimeSpan);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _grace?.Dispose();
            _grace = null;
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        // Ending flushes runs to disk: not on the thread closing the circuit.
        return Task.Run(EndAll, CancellationToken.None);
    }

    /// <summary>Stops the grace timer; sessions still owned are the page's to end.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            _grace?.Dispose();
            _grace = null;
        }
    }

    private void EndAll()
    {
        WorldSession[] ending;
        lock (_gate)
        {
            _closed = true;
            _grace?.Dispose();
            _grace = null;
            ending = [.. _owned];
            _owned.Clear();
        }
        foreach (var session in ending)
        {
            registry.End(session);
        }
    }
}
