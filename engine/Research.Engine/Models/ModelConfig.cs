namespace Research.Engine.Models;

/// <summary>Architecture hyper-parameters of the world model; stored in every checkpoint and checked on load.</summary>
public sealed record ModelConfig
{
    /// <summary>Frame size the model predicts at (the quality mode's upsampler renders twice this).</summary>
    /// <remarks>Default 64.</remarks>
    public int FrameSize { get; init; } = 64;

    /// <summary>Channels of the corrector at half resolution (its first level).</summary>
    /// <remarks>Default 40.</remarks>
    public int Width { get; init; } = 40;

    /// <summary>Channels of the corrector at quarter resolution (its bottleneck).</summary>
    /// <remarks>Default 80.</remarks>
    public int DeepWidth { get; init; } = 80;

    /// <summary>Residual blocks at the bottleneck.</summary>
    /// <remarks>Default 3.</remarks>
    public int DeepBlocks { get; init; } = 3;

    /// <summary>Hidden units of the motion predictor.</summary>
    /// <remarks>Default 128.</remarks>
    public int MotionHidden { get; init; } = 128;

    /// <summary>Past frames the corrector sees (1 or 2; quality modes use up to this many).</summary>
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

    /// <summary>Checks the values; throws naming the first wrong field.</summary>
    /// <exception cref="ArgumentException">A field is out of range.</exception>
    public void Validate()
    {
        Check(FrameSize is >= 16 and <= 256 && FrameSize % 16 == 0, nameof(FrameSize), FrameSize, "a multiple of 16 from 16 to 256");
        Check(Width is >= 4 and <= 256, nameof(Width), Width, "4 to 256");
        Check(DeepWidth is >= 4 and <= 512, nameof(DeepWidth), DeepWidth, "4 to 512");
        Check(DeepBlocks is >= 1 and <= 8, nameof(DeepBlocks), DeepBlocks, "1 to 8");
        Check(MotionHidden is >= 8 and <= 1024, nameof(MotionHidden), MotionHidden, "8 to 1024");
        Check(MaxContextFrames is >= 1 and <= 2, nameof(MaxContextFrames), MaxContextFrames, "1 or 2");
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
