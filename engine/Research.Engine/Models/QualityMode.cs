namespace Research.Engine.Models;

/// <summary>
/// A named point on the cost/quality trade-off: how many past latents the dynamics reads, how many refinement
/// steps each frame gets, how far back the long-term memory reaches, the context noise level at inference, and
/// whether frames are decoded at twice the base size.
/// </summary>
/// <param name="Name">fast, balanced or quality.</param>
/// <param name="ContextFrames">Past latents read per step (at most the model's <see cref="ModelConfig.MaxContextFrames"/>).</param>
/// <param name="RefineSteps">Refinement steps per frame (0: none).</param>
/// <param name="ContextNoise">Noise level the context is marked with (and noised by) at inference.</param>
/// <param name="MemoryFrames">How many frames back the memory is read (0: memory off).</param>
/// <param name="Upsample">Whether frames are decoded at twice the base size (128x128 for the default model).</param>
public sealed record QualityMode(string Name, int ContextFrames, int RefineSteps, float ContextNoise, long MemoryFrames, bool Upsample)
{
    /// <summary>Cheapest: newest latent only, no refinement, no long-term memory, base size.</summary>
    public static QualityMode Fast { get; } = new("fast", 1, 0, 0.02f, 0, false);

    /// <summary>Two context latents, one refinement step, memory of the last 30 s (at 30 fps), base size.</summary>
    public static QualityMode Balanced { get; } = new("balanced", 2, 1, 0.02f, 900, false);

    /// <summary>Two context latents, three refinement steps, memory of the whole session, twice the base size.</summary>
    public static QualityMode Quality { get; } = new("quality", 2, 3, 0.02f, long.MaxValue, true);

    /// <summary>All named modes, cheapest first.</summary>
    public static IReadOnlyList<QualityMode> All { get; } = [Fast, Balanced, Quality];

    /// <summary>The mode called <paramref name="name"/> (case-insensitive).</summary>
    /// <exception cref="ArgumentException">No such mode; the message lists them.</exception>
    public static QualityMode Parse(string name) =>
        All.FirstOrDefault(m => string.Equals(m.Name, name.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"Unknown quality mode '{name}': expected one of {string.Join(", ", All.Select(m => m.Name))}.", nameof(name));
}
