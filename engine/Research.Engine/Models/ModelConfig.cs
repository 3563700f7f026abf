namespace Research.Engine.Models;

/// <summary>Architecture hyper-parameters of the world model; stored in every checkpoint and checked on load.</summary>
public sealed record ModelConfig
{
    /// <summary>Frame size the tokenizer encodes (the quality decoder renders twice this).</summary>
    /// <remarks>Default 64.</remarks>
    public int FrameSize { get; init; } = 64;

    /// <summary>Channels of the latent grid (frame size / 4 on each side).</summary>
    /// <remarks>Default 8.</remarks>
    public int LatentChannels { get; init; } = 8;

    /// <summary>Width of the tokenizer's convolutions.</summary>
    /// <remarks>Default 48.</remarks>
    public int TokenizerWidth { get; init; } = 48;

    /// <summary>Channels of the recurrent dynamics state.</summary>
    /// <remarks>Default 64.</remarks>
    public int HiddenChannels { get; init; } = 64;

    /// <summary>Most past latents the dynamics sees at once (quality modes use up to this many).</summary>
    /// <remarks>Default 2.</remarks>
    public int MaxContextFrames { get; init; } = 2;

    /// <summary>Size of the action, prompt and noise-level embeddings.</summary>
    /// <remarks>Default 16.</remarks>
    public int EmbeddingSize { get; init; } = 16;

    /// <summary>Most prompt tokens read; longer prompts are cut.</summary>
    /// <remarks>Default 16.</remarks>
    public int MaxPromptTokens { get; init; } = 16;

    /// <summary>Width of the 2x upsampling decoder of the quality mode.</summary>
    /// <remarks>Default 32.</remarks>
    public int UpsamplerWidth { get; init; } = 32;

    /// <summary>Latent grid side.</summary>
    public int LatentSize => FrameSize / 4;

    /// <summary>Checks the values; throws naming the first wrong field.</summary>
    /// <exception cref="ArgumentException">A field is out of range.</exception>
    public void Validate()
    {
        Check(FrameSize is >= 16 and <= 256 && FrameSize % 16 == 0, nameof(FrameSize), FrameSize, "a multiple of 16 from 16 to 256");
        Check(LatentChannels is >= 1 and <= 64, nameof(LatentChannels), LatentChannels, "1 to 64");
        Check(TokenizerWidth is >= 8 and <= 256, nameof(TokenizerWidth), TokenizerWidth, "8 to 256");
        Check(HiddenChannels is >= 8 and <= 512, nameof(HiddenChannels), HiddenChannels, "8 to 512");
        Check(MaxContextFrames is >= 1 and <= 8, nameof(MaxContextFrames), MaxContextFrames, "1 to 8");
        Check(EmbeddingSize is >= 1 and <= 128, nameof(EmbeddingSize), EmbeddingSize, "1 to 128");
        Check(UpsamplerWidth is >= 4 and <= 256, nameof(UpsamplerWidth), UpsamplerWidth, "4 to 256");
        Check(MaxPromptTokens is >= 1 and <= 64, nameof(MaxPromptTokens), MaxPromptTokens, "1 to 64");
    }

    private static void Check(bool ok, string field, int value, string allowed)
    {
        if (!ok)
        {
            throw new ArgumentException($"Model config field {field} is {value}; allowed: {allowed}.", field);
        }
    }
}
