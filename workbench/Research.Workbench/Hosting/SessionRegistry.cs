using System.Globalization;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using SessionOptions = Research.Engine.Sessions.SessionOptions;

namespace Research.Workbench.Hosting;

/// <summary>
/// Starts and ends the live sessions of this process: each runs on the shared <see cref="SessionHost"/> loop and is
/// recorded as a stored run. Sessions still live when the app stops are ended (and their runs completed) on dispose.
/// </summary>
public sealed class SessionRegistry(Lazy<LoadedModel> model, SessionHost host, IRunStore store, TimeProvider time) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly List<WorldSession> _live = [];

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
        var recorder = new SessionRecorder(store, new NewRun
        {
            Kind = "session",
            Name = $"live {options.Mode.Name}",
            Scenario = "live",
            Seed = options.Seed,
            QualityMode = options.Mode.Name,
            Checkpoint = loaded.Name,
            Tags = ["workbench"],
            Config = new Dictionary<string, string>
            {
                ["pace"] = "realtime",
                ["fps"] = options.TargetFps.ToString(CultureInfo.InvariantCulture),
                ["preset"] = options.Preset,
                ["prompt"] = options.Prompt ?? "",
                ["source"] = "workbench",
            },
        });
        var session = new WorldSession(loaded.Model, options, time, recorder);
        lock (_gate)
        {
            _live.Add(session);
        }
        host.Add(session);
        return session;
    }

    /// <summary>Takes <paramref name="session"/> off the loop and ends it (its run is completed); safe to call twice.</summary>
    public void End(WorldSession session)
    {
        host.Remove(session);
        lock (_gate)
        {
            _live.Remove(session);
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
}
