using static TorchSharp.torch;

namespace Research.Engine.Models;

/// <summary>Stacks past latents into the dynamics' context input.</summary>
public static class LatentContext
{
    /// <summary>
    /// Stacks the newest <paramref name="used"/> of <paramref name="history"/> (oldest first, each (B, C, L, L)) on
    /// channels, newest first, into <paramref name="slots"/> slots; unused slots are zeros, so a model trained
    /// with long contexts runs with shorter ones.
    /// </summary>
    public static Tensor Stack(IReadOnlyList<Tensor> history, int slots, int used)
    {
        var newest = history[^1];
        var parts = new Tensor[slots];
        for (var i = 0; i < slots; i++)
        {
            parts[i] = i < used && i < history.Count ? history[history.Count - 1 - i] : zeros_like(newest);
        }
        return cat(parts, 1);
    }
}
