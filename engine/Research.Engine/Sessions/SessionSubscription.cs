using System.Threading.Channels;

namespace Research.Engine.Sessions;

/// <summary>
/// A consumer's view of a session's frame stream: read <see cref="Frames"/>; frames the consumer was too slow for are
/// dropped (oldest first) and counted. The stream ends when the session is disposed; dispose the subscription to leave early.
/// </summary>
public sealed class SessionSubscription : IDisposable
{
    private readonly Channel<SessionFrame> _channel;
    private readonly Action<SessionSubscription> _leave;
    private long _dropped;

    internal SessionSubscription(int capacity, Action<SessionSubscription> leave)
    {
        _leave = leave;
        _channel = Channel.CreateBounded<SessionFrame>(
            new BoundedChannelOptions(capacity) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = false, SingleWriter = true },
            _ => Interlocked.Increment(ref _dropped));
    }

    /// <summary>The frames, newest last; completes when the session ends.</summary>
    public ChannelReader<SessionFrame> Frames => _channel.Reader;

    /// <summary>Frames dropped because this consumer had not read the previous ones yet.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Stops receiving frames and ends <see cref="Frames"/>.</summary>
    public void Dispose()
    {
        _leave(this);
        Complete();
    }

    internal void Offer(SessionFrame frame) => _channel.Writer.TryWrite(frame);

    internal void Complete() => _channel.Writer.TryComplete();
}
