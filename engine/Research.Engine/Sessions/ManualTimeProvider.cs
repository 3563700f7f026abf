namespace Research.Engine.Sessions;

/// <summary>
/// A clock that moves only when told to: drives a session as fast as it can compute (headless replays, benchmarks)
/// while the session still sees evenly spaced frame deadlines.
/// </summary>
public sealed class ManualTimeProvider : TimeProvider
{
    private long _ticks;

    /// <summary>Timestamps are in ticks of 100 ns.</summary>
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <summary>The current timestamp.</summary>
    public override long GetTimestamp() => Interlocked.Read(ref _ticks);

    /// <summary>Moves the clock forward by <paramref name="delta"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The delta is negative.</exception>
    public void Advance(TimeSpan delta)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(delta, TimeSpan.Zero);
        Interlocked.Add(ref _ticks, delta.Ticks);
    }

    /// <summary>Moves the clock to <paramref name="elapsed"/> after its start, if that is not in the past.</summary>
    public void AdvanceTo(TimeSpan elapsed)
    {
        var target = elapsed.Ticks;
        if (target > GetTimestamp())
        {
            Interlocked.Exchange(ref _ticks, target);
        }
    }
}
