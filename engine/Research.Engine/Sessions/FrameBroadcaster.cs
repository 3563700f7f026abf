namespace Research.Engine.Sessions;

/// <summary>
/// Hands every frame to every subscriber without ever waiting for one: each subscriber has a small bounded queue that
/// drops its oldest frame when full, so a slow consumer loses frames but never slows the loop or other consumers.
/// </summary>
internal sealed class FrameBroadcaster
{
    private readonly Lock _gate = new();
    private readonly List<SessionSubscription> _subscribers = [];
    private bool _completed;

    public SessionSubscription Subscribe(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        lock (_gate)
        {
            var subscription = new SessionSubscription(capacity, Remove);
            if (_completed)
            {
                subscription.Complete();
            }
            else
            {
                _subscribers.Add(subscription);
            }
            return subscription;
        }
    }

    public void Publish(SessionFrame frame)
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Offer(frame);
            }
        }
    }

    public void Complete()
    {
        lock (_gate)
        {
            _completed = true;
            _subscribers.ForEach(s => s.Complete());
            _subscribers.Clear();
        }
    }

    private void Remove(SessionSubscription subscription)
    {
        lock (_gate)
        {
            _subscribers.Remove(subscription);
        }
    }
}
