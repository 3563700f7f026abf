using System.Diagnostics;
using Research.Engine.Models;

namespace Research.Engine.Sessions;

/// <summary>
/// Runs live sessions in real time on one loop: at every frame deadline it applies each session's inputs, steps all
/// the models that are due (as one batched call when <see cref="Batch"/> is on; they share one copy of the weights),
/// then measures and delivers each frame. A deadline the loop misses is skipped and counted as a dropped frame of
/// every session, so a slow machine loses frames instead of falling further and further behind.
/// </summary>
/// <param name="time">The clock; tests pass their own.</param>
/// <param name="targetFps">Frames per second for every session.</param>
public sealed class SessionHost(TimeProvider time, double targetFps)
{
    private readonly Lock _gate = new();
    private readonly List<WorldSession> _sessions = [];

    /// <summary>Whether the models of sessions due together step as one batch.</summary>
    /// <remarks>Default on.</remarks>
    public bool Batch { get; init; } = true;

    /// <summary>The sessions being run.</summary>
    public IReadOnlyList<WorldSession> Sessions
    {
        get
        {
            lock (_gate)
            {
                return [.. _sessions];
            }
        }
    }

    /// <summary>Adds a session; it gets its first frame at the next deadline.</summary>
    public void Add(WorldSession session)
    {
        lock (_gate)
        {
            _sessions.Add(session);
        }
    }

    /// <summary>Stops running a session (it is not disposed).</summary>
    public bool Remove(WorldSession session)
    {
        lock (_gate)
        {
            return _sessions.Remove(session);
        }
    }

    /// <summary>Runs the loop until <paramref name="cancellationToken"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var period = (long)Math.Round(time.TimestampFrequency / targetFps);
        var next = time.GetTimestamp() + period;
        while (!cancellationToken.IsCancellationRequested)
        {
            var wait = time.GetElapsedTime(time.GetTimestamp(), next);
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
            var sessions = Sessions;
            TickAll(sessions, next);
            next += period;
            long missed = 0;
            for (var now = time.GetTimestamp(); now >= next + period; next += period)
            {
                missed++;
            }
            foreach (var session in missed > 0 ? sessions : [])
            {
                session.MissedDeadlines(missed);
            }
        }
    }

    /// <summary>Generates the frame due at <paramref name="deadline"/> for each of <paramref name="sessions"/>; returns those delivered.</summary>
    public IReadOnlyList<SessionFrame> TickAll(IReadOnlyList<WorldSession> sessions, long deadline)
    {
        // One loop thread takes the gates in list order; other threads take one gate at a time, so this cannot deadlock.
        foreach (var session in sessions)
        {
            session.Gate.Enter();
        }
        try
        {
            var due = sessions.Select(s => (Session: s, Plan: s.Begin(deadline))).Where(p => p.Plan is not null).ToList();
            var clock = Stopwatch.StartNew();
            var frames = Batch && due.Count > 1
                ? ModelRollout.StepBatch([.. due.Select(p => p.Session.Rollout)], [.. due.Select(p => p.Plan!.Action)], [.. due.Select(p => p.Plan!.Tokens)])
                : [.. due.Select(p => p.Session.Rollout.Step(p.Plan!.Action, p.Plan.Tokens))];
            var computeMs = clock.Elapsed.TotalMilliseconds;
            return [.. due.Select((p, i) => p.Session.End(p.Plan!, frames[i], computeMs))];
        }
        finally
        {
            foreach (var session in sessions)
            {
                session.Gate.Exit();
            }
        }
    }
}
