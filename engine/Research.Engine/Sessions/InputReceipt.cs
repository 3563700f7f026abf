namespace Research.Engine.Sessions;

/// <summary>What a session says when it receives an input.</summary>
/// <param name="Seq">The input's sequence number in the session's trace (rejected inputs get one too).</param>
/// <param name="Error">Why the input was rejected, or <see langword="null"/> when it was accepted and will apply at the next frame.</param>
/// <param name="Warnings">Words of a prompt the vocabulary does not know (the prompt still applies without them).</param>
public sealed record InputReceipt(long Seq, string? Error, IReadOnlyList<string> Warnings)
{
    /// <summary>Whether the input was accepted.</summary>
    public bool Accepted => Error is null;
}
