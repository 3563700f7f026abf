namespace Research.Engine.Storage;

/// <summary>One input event of a run and when it took effect (collection <c>inputs</c>).</summary>
public sealed record InputTraceEvent
{
    /// <summary>The run the event belongs to.</summary>
    public string RunId { get; init; } = "";

    /// <summary>The event's sequence number within the run, from 0; events are read back in this order.</summary>
    public long Seq { get; init; }

    /// <summary>What kind of input it was, for example "key" or "action".</summary>
    public string Kind { get; init; } = "";

    /// <summary>The event as text, in whatever format its kind uses; at most <see cref="StoredText.MaxPayloadLength"/> characters.</summary>
    public string Payload { get; init; } = "";

    /// <summary>The payload's full length in characters when <see cref="Payload"/> keeps only its start (a rejected, very long input); <see langword="null"/> when it is whole.</summary>
    public int? PayloadLength { get; init; }

    /// <summary>When the event arrived, in milliseconds since the run started.</summary>
    public double ReceivedAtMs { get; init; }

    /// <summary>The first frame that was computed with the event applied, or <see langword="null"/> when it never was (rejected or superseded).</summary>
    public int? AppliedFrame { get; init; }

    /// <summary>The first frame whose output showed the event's effect, when that is known.</summary>
    public int? FirstOutputFrame { get; init; }

    /// <summary>When the first frame carrying the event was delivered, in milliseconds since the run started.</summary>
    public double? FirstFrameMs { get; init; }

    /// <summary>Why the event was rejected, if it was.</summary>
    public string? Error { get; init; }

    /// <summary>The event that superseded this one before a frame applied it (several actions within one frame), if any.</summary>
    public long? CoalescedInto { get; init; }
}
