using Research.Engine.Kpis;
using Research.Engine.Storage;

namespace Research.Engine.Sessions;

/// <summary>
/// Every input a session received, in order, with when it arrived, the frame that applied it, when the first frame
/// carrying it was delivered, or why it was rejected or superseded. Thread-safe; sequence numbers are list indices.
/// </summary>
internal sealed class InputTrace
{
    /// <summary>Most characters of a rejection message kept; messages quote the input only in part, this bounds the rest.</summary>
    private const int MaxErrorLength = 1024;

    private readonly Lock _gate = new();
    private readonly List<InputSample> _entries = [];
    private int _persisted;

    /// <summary>A copy with the same entries, none persisted yet (for a forked session's own run).</summary>
    public InputTrace Copy()
    {
        var copy = new InputTrace();
        lock (_gate)
        {
            copy._entries.AddRange(_entries);
        }
        return copy;
    }

    /// <summary>Adds an input; of its payload only <see cref="StoredText.MaxPayloadLength"/> characters and its length are kept.</summary>
    /// <remarks>Accepted payloads are shorter than that (prompts, labels and names have limits below it): only rejected ones are cut.</remarks>
    public long Receive(string kind, string payload, double receivedMs, string? error)
    {
        var kept = StoredText.Prefix(payload, StoredText.MaxPayloadLength);
        int? length = kept.Length < payload.Length ? payload.Length : null;
        var reason = error is null ? null : StoredText.Prefix(error, MaxErrorLength);
        lock (_gate)
        {
            var seq = _entries.Count;
            _entries.Add(new InputSample(seq, kind, kept, receivedMs, null, null, null, null, reason, null, length));
            return seq;
        }
    }

    public void Applied(long seq, long frame) => Update(seq, e => e with { AppliedFrame = frame });

    public void Coalesced(long seq, long into) => Update(seq, e => e with { CoalescedInto = into });

    public void Delivered(IEnumerable<long> seqs, double timeMs)
    {
        foreach (var seq in seqs)
        {
            Update(seq, e => e with { FirstFrameMs = e.FirstFrameMs ?? timeMs });
        }
    }

    /// <summary>All entries so far (a copy).</summary>
    public IReadOnlyList<InputSample> All()
    {
        lock (_gate)
        {
            return [.. _entries];
        }
    }

    /// <summary>The newest <paramref name="count"/> entries, oldest first.</summary>
    public IReadOnlyList<InputSample> Recent(int count)
    {
        lock (_gate)
        {
            var start = Math.Max(0, _entries.Count - count);
            return _entries.GetRange(start, _entries.Count - start);
        }
    }

    /// <summary>
    /// Takes the entries not yet persisted that are final (rejected, superseded, or applied and delivered), stopping at
    /// the first one still in flight so the store receives them in order; with <paramref name="all"/> takes the rest too.
    /// </summary>
    public IReadOnlyList<InputTraceEvent> TakeFinal(string runId, bool all)
    {
        lock (_gate)
        {
            var taken = new List<InputTraceEvent>();
            while (_persisted < _entries.Count && (all || IsFinal(_entries[_persisted])))
            {
                taken.Add(ToEvent(runId, _entries[_persisted++]));
            }
            return taken;
        }
    }

    private static bool IsFinal(InputSample e) => e.Error is not null || e.CoalescedInto is not null || e.FirstFrameMs is not null;

    private static InputTraceEvent ToEvent(string runId, InputSample e) => new()
    {
        RunId = runId,
        Seq = e.Seq,
        Kind = e.Kind,
        Payload = e.Payload,
        PayloadLength = e.PayloadLength,
        ReceivedAtMs = e.ReceivedMs,
        AppliedFrame = e.AppliedFrame is { } f ? (int)f : null,
        FirstOutputFrame = e.FirstVisibleFrame is { } v ? (int)v : e.AppliedFrame is { } a && e.FirstFrameMs is not null ? (int)a : null,
        FirstFrameMs = e.FirstFrameMs,
        Error = e.Error,
        CoalescedInto = e.CoalescedInto,
    };

    private void Update(long seq, Func<InputSample, InputSample> change)
    {
        lock (_gate)
        {
            _entries[(int)seq] = change(_entries[(int)seq]);
        }
    }
}
