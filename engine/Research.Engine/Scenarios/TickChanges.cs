namespace Research.Engine.Scenarios;

/// <summary>The one-off changes a timeline keeps for the few ticks that have any.</summary>
internal sealed record TickChanges(string? Prompt, string? Preset, bool SoftReset, int? Rating, string? Mark)
{
    public static TickChanges None { get; } = new(null, null, false, null, null);
}
