using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>The world model: tokenizer, recurrent latent dynamics, refinement head and 2x upsampler, one set of weights.</summary>
public sealed class WorldModel : Module
{
    private readonly FrameTokenizer _tokenizer;
    private readonly LatentDynamics _dynamics;
    private readonly LatentRefiner _refiner;
    private readonly FrameUpsampler _upsampler;

    /// <summary>Builds an untrained model of <paramref name="config"/>, seeded by the current torch seed.</summary>
    public WorldModel(ModelConfig config) : base(nameof(WorldModel))
    {
        config.Validate();
        Config = config;
        _tokenizer = new FrameTokenizer(config);
        _dynamics = new LatentDynamics(config);
        _refiner = new LatentRefiner(config);
        _upsampler = new FrameUpsampler(config);
        RegisterComponents();
    }

    /// <summary>The architecture.</summary>
    public ModelConfig Config { get; }

    /// <summary>Frames to latents and back.</summary>
    public FrameTokenizer Tokenizer => _tokenizer;

    /// <summary>Next-latent prediction.</summary>
    public LatentDynamics Dynamics => _dynamics;

    /// <summary>Few-step refinement.</summary>
    public LatentRefiner Refiner => _refiner;

    /// <summary>2x decoder stage of the quality mode.</summary>
    public FrameUpsampler Upsampler => _upsampler;

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());
}
