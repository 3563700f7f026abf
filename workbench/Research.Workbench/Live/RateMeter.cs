namespace Research.Workbench.Live;

/// <summary>Frames per second over the last second of events, on an injected clock.</summary>
public sealed class RateMeter(TimeProvider time)
{
    private readonly Lock _gate = new();
    private readonly Queue<long> _events = new();

    /// <summary>Counts one event now.</summary>
    public void Tick()
    {
        lock (_gate)
        {
            _events.Enqueue(time.GetTimestamp());
            Trim();
        }
    }

    /// <summary>Events in the last second.</summary>
    public double PerSecond
    {
        get
        {
            lock (_gate)
            {
                Trim();
                return _events.Count;
            }
        }
    }

    private void Trim()
    {
        var now = time.GetTimestamp();
        while (_events.Count > 0 && time.GetElapsedTime(_events.Peek(), now) > TimeSpan.FromSeconds(1))
        {
            _events.Dequeue();
        }
    }
}
