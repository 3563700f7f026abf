using System.Globalization;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using SessionOptions = Research.Engine.Sessions.SessionOptions;

namespace Research.Workbench.Hosting;

/// <summary>
/// Starts, forks and ends the live sessions of this process: each runs on the shared <see cref="SessionHost"/> loop and
/// is recorded as a stored run. Sessions still live when the app stops are ended (and their runs completed) on dispose.
/// </summary>
/// <remarks>
/// Ownership: the page that starts a session owns it and ends it when its circuit ends. A fork is owned by nobody until
/// a page claims it by its run id (<see cref="Claim"/>); one nobody claims within <see cref="ForkClaimTimeout"/> is ended.
/// </remarks>
public sealed class SessionRegistry(Lazy<LoadedModel> model, SessionHost host, IRunStore store, TimeProvider time) : IDisposable
{
    /// <summary>How long a fork waits for a page to claim it before it is ended: 15 seconds.</summary>
    public static readonly TimeSpan ForkClaimTimeout = TimeSpan.FromSeconds(15);

    private const int MaxRunIdLength = 100;
    private readonly Lock _gate = new();
    private readonly List<WorldSession> _live = [];
    private readonly Dictionary<string, ITimer> _unclaimed = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The sessions now live.</summary>
    public IReadOnlyList<WorldSession> Live
    {
        get
        {
            lock (_gate)
            {
                return [.. _live];
            }
        }
    }

    /// <summary>Starts a recorded live session with <paramref name="options"/> and adds it to the loop.</summary>
    /// <exception cref="ArgumentException">An option is wrong.</exception>
    public WorldSession Start(SessionOptions options)
    {
        options.Validate();
        var loaded = model.Value;
        var session = new WorldSession(loaded.Model, options, time, Recorder(options, loaded.Name, forkOf: null));
        Add(session);
        return session;
    }

    /// <summary>
    /// Branches <paramref name="parent"/> into a second recorded live session (<see cref="WorldSession.Fork"/>) on the loop,
    /// waiting for a page to <see cref="Claim"/> it by its run id.
    /// </summary>
    /// <exception cref="ObjectDisposedException">The parent has ended.</exception>
    public WorldSession Fork(WorldSession parent)
    {
        ArgumentNullException.ThrowIfNull(parent);
        var fork = parent.Fork(Recorder(parent.Options with { Mode = parent.Mode }, model.Value.Name, parent.RunId));
        var runId = fork.RunId!;
        lock (_gate)
        {
            _unclaimed[runId] = time.CreateTimer(_ => EndUnclaimed(runId), null, ForkClaimTimeout, Timeout.InfiniteTimeSpan);
        }
        Add(fork);
        return fork;
    }

    /// <summary>Hands the live fork stored as <paramref name="runId"/> to the page that asks first.</summary>
    /// <returns>The session, or <see langword="null"/> when the id is malformed, unknown, ended or already claimed.</returns>
    public WorldSession? Claim(string? runId)
    {
        // Whatever the address bar held: only an exact id of a fork waiting here gets anything.
        if (string.IsNullOrEmpty(runId) || runId.Length > MaxRunIdLength)
        {
            return null;
        }
        lock (_gate)
        {
            if (!_unclaimed.Remove(runId, out var timer))
            {
                return null;
            }
            timer.Dispose();
            return _live.FirstOrDefault(s => string.Equals(s.RunId, runId, StringComparison.OrdinalIgnoreCase));
        }
    }

    /// <summary>
    /// Stores browser-measured input-to-canvas times with <paramref name="session"/>'s run; dropped when the run has
    /// already ended (the last second of a closing tab) or the session is not recorded.
    /// </summary>
    /// <returns>Whether the samples were stored.</returns>
    public bool RecordBrowserLatency(WorldSession session, IReadOnlyList<BrowserLatencySample> samples)
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(samples);
        if (session.RunId is not { } runId || samples.Count == 0)
        {
            return false;
        }
        try
        {
            store.AppendBrowserLatency([.. samples.Select(s => s with { RunId = runId })]);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    /// <summary>Takes <paramref name="session"/> off the loop and ends it (its run is completed); safe to call twice.</summary>
    public void End(WorldSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        host.Remove(session);
        lock (_gate)
        {
            _live.Remove(session);
            if (session.RunId is { } runId && _unclaimed.Remove(runId, out var timer))
            {
                timer.Dispose();
            }
        }
        session.Dispose();
    }

    /// <summary>Ends every live session.</summary>
    public void Dispose()
    {
        foreach (var session in Live)
        {
            End(session);
        }
    }

    private void Add(WorldSession session)
    {
        lock (_gate)
        {
            _live.Add(session);
        }
        host.Add(session);
    }

    private void EndUnclaimed(string runId)
    {
        WorldSession? session;
        lock (_gate)
        {
            if (!_unclaimed.Remove(runId, out var timer))
            {
                return;
            }
            timer.Dispose();
            session = _live.FirstOrDefault(s => string.Equals(s.RunId, runId, StringComparison.OrdinalIgnoreCase));
        }
        if (session is not null)
        {
            End(session);
        }
    }

    private SessionRecorder Recorder(SessionOptions options, string checkpoint, string? forkOf)
    {
        var config = new Dictionary<string, string>
        {
            [RunOrigins.PaceKey] = "realtime",
            [RunOrigins.ConfigKey] = RunOrigins.ToConfig(RunOrigin.Live),
            ["fps"] = options.TargetFps.ToString(CultureInfo.InvariantCulture),
            ["preset"] = options.Preset,
            ["prompt"] = options.Prompt ?? "",
            ["source"] = "workbench",
        };
        if (forkOf is not null)
        {
            config[RunOrigins.ForkOfKey] = forkOf;
        }
        return new SessionRecorder(store, new NewRun
        {
            Kind = "session",
            // The mode it starts in: a live session may switch (the run's Modes say how long it spent in each).
            Name = forkOf is null ? $"live (started in {options.Mode.Name})" : $"live fork (started in {options.Mode.Name})",
            Scenario = "live",
            Seed = options.Seed,
            QualityMode = options.Mode.Name,
            Checkpoint = checkpoint,
            Tags = forkOf is null ? ["workbench"] : ["workbench", "fork"],
            Config = config,
        });
    }
}
