using Research.Engine.Compute;
using Research.Engine.World;
using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>
/// The world model, one set of weights: a motion predictor (the agent's and the camera's move from the actions and
/// the model's own pose), a differentiable warp of the last frames by the predicted camera move, a pixel memory read
/// at the model's own pose, and a corrector that writes what the warp cannot know (the agent, moving objects, the
/// revealed border, a prompt's new look). A 2x upsampler renders the quality mode.
/// </summary>
public sealed class WorldModel : Module
{
    /// <summary>Widths of the three position spots, in units of a 64-pixel frame's pixels: agent, facing mark, agent before.</summary>
    private static readonly float[] SpotWidths = [1.5f, 0.8f, 1.5f];

    private readonly MotionPredictor _motion;
    private readonly Embedding _action;
    private readonly Embedding _prompt;
    private readonly Linear _noise;
    private readonly Linear _conditions;
    private readonly FrameCorrector _corrector;
    private readonly FrameUpsampler _upsampler;

    /// <summary>Builds an untrained model of <paramref name="config"/>, seeded by the current torch seed.</summary>
    public WorldModel(ModelConfig config) : base(nameof(WorldModel))
    {
        config.Validate();
        Config = config;
        var e = config.EmbeddingSize;
        _motion = new MotionPredictor(config);
        _action = Embedding(AgentActions.All.Count, e);
        _prompt = Embedding(PromptVocabulary.TokenCount, e, padding_idx: PromptVocabulary.PaddingToken);
        _noise = Linear(1, e);
        _conditions = Linear(3 * e, 4 * e);
        _corrector = new FrameCorrector(config, 4 * e);
        _upsampler = new FrameUpsampler(config);
        RegisterComponents();
    }

    /// <summary>The architecture.</summary>
    public ModelConfig Config { get; }

    /// <summary>The motion predictor.</summary>
    public MotionPredictor Motion => _motion;

    /// <summary>The corrector.</summary>
    public FrameCorrector Corrector => _corrector;

    /// <summary>2x decoder stage of the quality mode.</summary>
    public FrameUpsampler Upsampler => _upsampler;

    /// <summary>Number of trainable parameters.</summary>
    public long ParameterCount => parameters().Sum(p => p.numel());

    /// <summary>The parameters of the step (all but the upsampler's).</summary>
    public IEnumerable<Parameter> StepParameters() =>
        named_parameters().Where(p => !p.name.StartsWith("_upsampler.", StringComparison.Ordinal)).Select(p => p.parameter);

    /// <summary>The spot positions the step reads: agent now, its facing mark, agent before, in view pixels (B, 3, 2).</summary>
    public static Tensor SpotPoints(IReadOnlyList<(float X, float Y, int FacingX, int FacingY, float BeforeX, float BeforeY)> spots, int size, Device device)
    {
        var scale = size / (float)WorldOptions.ViewSize;
        var values = new float[spots.Count * 6];
        for (var i = 0; i < spots.Count; i++)
        {
            var s = spots[i];
            values[6 * i] = s.X;
            values[6 * i + 1] = s.Y;
            values[6 * i + 2] = s.X + s.FacingX * 1.8f * scale;
            values[6 * i + 3] = s.Y + s.FacingY * 1.8f * scale;
            values[6 * i + 4] = s.BeforeX;
            values[6 * i + 5] = s.BeforeY;
        }
        return tensor(values, [spots.Count, 3, 2]).to(device);
    }

    /// <summary>Soft maps (B, 3, S, S) of the points from <see cref="SpotPoints"/>.</summary>
    public Tensor Spots(Tensor points)
    {
        var scale = Config.FrameSize / (float)WorldOptions.ViewSize;
        return FrameWarp.Spots(points, [.. SpotWidths.Select(w => w * scale)], Config.FrameSize);
    }

    /// <summary>One step: the next frame (B, 3, S, S) in [0, 1] and <see cref="StepInput.Previous"/> aligned to it (the next step's older frame).</summary>
    public (Tensor Frame, Tensor Aligned) Step(StepInput input)
    {
        using var scope = NewDisposeScope();
        var (previous, revealed) = FrameWarp.Shift(input.Previous, input.CameraShift);
        var (older, _) = FrameWarp.Shift(input.Older, input.CameraShift);
        var remembered = input.Memory[.., 3..4];
        var fromMemory = revealed * remembered;
        var basis = (previous * fromMemory.neg().Plus(Scalars.Constant(1))).Plus(input.Memory[.., ..3] * fromMemory);
        var conditions = functional.silu(_conditions.forward(cat([
            _action.forward(input.Actions),
            PromptEmbedding(input.Prompt),
            functional.silu(_noise.forward(input.NoiseLevel.unsqueeze(1))),
        ], 1)));
        var planes = cat([basis, older, input.Memory, revealed, input.Spots], 1);
        var frame = Scalars.ClampUnit(basis.Plus(_corrector.forward(planes, conditions)));
        return (frame.MoveToOuterDisposeScope(), previous.MoveToOuterDisposeScope());
    }

    /// <summary>Mean of the non-padding token embeddings (B, E).</summary>
    private Tensor PromptEmbedding(Tensor tokens)
    {
        var embedded = _prompt.forward(tokens);
        var mask = tokens.ne(Scalars.Constant(PromptVocabulary.PaddingToken)).unsqueeze(-1).to_type(embedded.dtype);
        return (embedded * mask).sum(1) / mask.sum(1).clamp_min(Scalars.Constant(1));
    }
}
