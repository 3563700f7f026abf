namespace Research.Engine.Kpis;

/// <summary>One input a live session received and what became of it.</summary>
/// <param name="Seq">The input's sequence number within the session.</param>
/// <param name="Kind">What kind of input it was, for example "action", "prompt", "preset", "reset" or "inject".</param>
/// <param name="Payload">The input as text, in whatever format its kind uses; cut to its start when very long (see <paramref name="PayloadLength"/>).</param>
/// <param name="ReceivedMs">When it arrived, in milliseconds since the session started.</param>
/// <param name="AppliedFrame">The frame it was applied at; null when it was rejected or is not applied yet.</param>
/// <param name="FirstFrameMs">Delivery time of the first frame computed with it applied, in milliseconds since the start.</param>
/// <param name="FirstVisibleFrame">The first frame that visibly differs from the counterfactual no-input branch, when measured.</param>
/// <param name="FirstVisibleMs">Delivery time of <paramref name="FirstVisibleFrame"/>, in milliseconds since the start.</param>
/// <param name="Error">Why it was rejected; null when it was not.</param>
/// <param name="CoalescedInto">The sequence number of the input that superseded it within the same frame; null when none did.</param>
/// <param name="PayloadLength">The payload's full length in characters when <paramref name="Payload"/> keeps only its start; null when it is whole.</param>
public sealed record InputSample(
    long Seq,
    string Kind,
    string Payload,
    double ReceivedMs,
    long? AppliedFrame,
    double? FirstFrameMs,
    long? FirstVisibleFrame,
    double? FirstVisibleMs,
    string? Error,
    long? CoalescedInto,
    int? PayloadLength = null);
