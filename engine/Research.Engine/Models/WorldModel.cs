using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>The world model: tokenizer, recurrent latent dynamics and refinement head, one set of weights.</summary>
public sealed class WorldModel : Module
{
    private readonly FrameTokenizer _tokenizer;
    private readonly LatentDynamics _dynamics;
    private readonly LatentRefiner _refiner;

    /// <summary>Builds an untrained model of <paramref name="config"/>, seeded by the current torch seed.</summary>
    public WorldModel(ModelConfig config) : base(nameof(WorldModel))
    {
        config.Validate();
        Config = config;
        _tokenizer = new FrameTokenizer(config);
        _dynamics = new LatentDynamics(config);
        _refiner = new LatentRefiner(config);
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

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());
}
