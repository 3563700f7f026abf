using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Models;

/// <summary>
/// Runs a world model frame by frame: keeps the recurrent state and the last few latents (constant memory and
/// cost per frame however long it runs), takes an action and prompt per step, and returns the decoded frame.
/// </summary>
public sealed class ModelRollout : IDisposable
{
    private readonly WorldModel _model;
    private readonly Device _device;
    private readonly List<Tensor> _history = [];
    private Tensor? _state;
    private int _noiseSeed;

    /// <summary>Prepares a rollout of <paramref name="model"/> in <paramref name="mode"/>.</summary>
    public ModelRollout(WorldModel model, QualityMode mode, Device? device = null)
    {
        _model = model;
        _device = device ?? CPU;
        Mode = mode;
    }

    /// <summary>The quality mode; may be switched between frames.</summary>
    public QualityMode Mode { get; set; }

    /// <summary>Frames generated since the last start or reset.</summary>
    public long Frame { get; private set; }

    /// <summary>Frame side in pixels.</summary>
    public int Size => _model.Config.FrameSize;

    /// <summary>Starts (or re-anchors) from an RGB frame: the context becomes its clean latent and the state is rebuilt from zero.</summary>
    public void Start(ReadOnlySpan<byte> rgb)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var latent = _model.Tokenizer.Encode(ToImage(rgb));
        Clear();
        _history.Add(latent.MoveToOuterDisposeScope());
        _state = _model.Dynamics.InitialState(1, _model.Config.LatentSize, _device).MoveToOuterDisposeScope();
        Frame = 0;
    }

    /// <summary>Generates the next frame under <paramref name="action"/> and <paramref name="promptTokens"/>; returns RGB bytes.</summary>
    /// <exception cref="InvalidOperationException">Called before <see cref="Start"/>.</exception>
    public byte[] Step(AgentAction action, IReadOnlyList<int> promptTokens)
    {
        if (_state is null)
        {
            throw new InvalidOperationException("Start the rollout from a frame first.");
        }
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var config = _model.Config;
        var used = Math.Clamp(Mode.ContextFrames, 1, config.MaxContextFrames);
        var context = Models.LatentContext.Stack(_history, config.MaxContextFrames, used);
        var generator = new TorchSharp.torch.Generator((ulong)(++_noiseSeed));
        var noisy = context + Mode.ContextNoise * randn(context.shape, generator: generator, device: _device);
        var memory = zeros(1, config.LatentChannels + 1, config.LatentSize, config.LatentSize, device: _device);
        var tokens = tensor(Training.TrainingData.PadTokens(promptTokens, config.MaxPromptTokens), [1, config.MaxPromptTokens], device: _device);
        var input = new DynamicsInput(noisy, memory, tensor(new long[] { (long)action }, device: _device), tokens, full(1, Mode.ContextNoise, device: _device));
        var (latent, state) = _model.Dynamics.forward(input, _state);
        foreach (var level in LatentRefiner.Schedule(Mode.RefineSteps))
        {
            latent = _model.Refiner.forward(latent, state, full(1, level, device: _device));
        }
        latent = latent.clamp(-1, 1);
        _state.Dispose();
        _state = state.MoveToOuterDisposeScope();
        _history.Add(latent.MoveToOuterDisposeScope());
        while (_history.Count > config.MaxContextFrames)
        {
            _history[0].Dispose();
            _history.RemoveAt(0);
        }
        Frame++;
        return ToRgb(_model.Tokenizer.Decode(latent));
    }

    /// <summary>Releases the state and context tensors.</summary>
    public void Dispose() => Clear();

    private void Clear()
    {
        _history.ForEach(t => t.Dispose());
        _history.Clear();
        _state?.Dispose();
        _state = null;
    }

    private Tensor ToImage(ReadOnlySpan<byte> rgb)
    {
        var size = Size;
        if (rgb.Length != size * size * 3)
        {
            throw new ArgumentException($"A {size}x{size} RGB frame has {size * size * 3} bytes, not {rgb.Length}.", nameof(rgb));
        }
        return tensor(rgb.ToArray(), [1, size, size, 3]).permute(0, 3, 1, 2).to_type(ScalarType.Float32).div(255f).to(_device);
    }

    private static byte[] ToRgb(Tensor image) =>
        image[0].permute(1, 2, 0).mul(255f).round().clamp(0, 255).to_type(ScalarType.Byte).cpu().data<byte>().ToArray();
}
