using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Models;

/// <summary>
/// Runs a world model frame by frame: keeps the recurrent state, the last few latents and the world-aligned
/// memory (constant cost per frame however long it runs), dead-reckons the view from the actions, takes an
/// action and prompt per step, and returns the decoded frame.
/// </summary>
public sealed partial class ModelRollout : IDisposable
{
    private readonly WorldModel _model;
    private readonly Device _device;
    private readonly List<Tensor> _history = [];
    private readonly float[] _memoryRead;
    private LatentMemory? _memory;
    private Tensor? _state;
    private ulong _noiseSeed;

    /// <summary>Prepares a rollout of <paramref name="model"/> in <paramref name="mode"/>.</summary>
    public ModelRollout(WorldModel model, QualityMode mode, Device? device = null)
    {
        _model = model;
        _device = device ?? CPU;
        Mode = mode;
        var config = model.Config;
        _memoryRead = new float[(config.LatentChannels + 1) * config.LatentSize * config.LatentSize];
    }

    /// <summary>The quality mode; may be switched between frames.</summary>
    public QualityMode Mode { get; set; }

    /// <summary>Frames generated since the last start.</summary>
    public long Frame { get; private set; }

    /// <summary>The agent's pose dead-reckoned from the actions so far (keys the memory).</summary>
    public AgentKinematics Pose { get; private set; }

    /// <summary>Base frame side in pixels (what <see cref="Start"/> takes).</summary>
    public int Size => _model.Config.FrameSize;

    /// <summary>Side of the frames <see cref="Step"/> returns in the current mode.</summary>
    public int OutputSize => Mode.Upsample ? 2 * Size : Size;

    /// <summary>
    /// Starts from an RGB frame of <see cref="Size"/> (the image modality: any frame, e.g. from a PNG) with the
    /// agent at <paramref name="pose"/>: the context becomes the frame's clean latent, the state and memory are
    /// rebuilt from it.
    /// </summary>
    /// <exception cref="ArgumentException">The frame has the wrong number of bytes.</exception>
    public void Start(ReadOnlySpan<byte> rgb, AgentKinematics pose)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var latent = _model.Tokenizer.Encode(ToImage(rgb));
        Clear();
        var config = _model.Config;
        _memory = new LatentMemory(config.LatentChannels, config.LatentSize, pose.WorldSize);
        Pose = pose;
        Frame = 0;
        _noiseSeed = 0;
        _memory.Write(latent.cpu().data<float>().ToArray(), pose.Camera(), Frame);
        _history.Add(latent.MoveToOuterDisposeScope());
        _state = _model.Dynamics.InitialState(1, config.LatentSize, _device).MoveToOuterDisposeScope();
    }

    /// <summary>Generates the next frame under <paramref name="action"/> and <paramref name="promptTokens"/>; returns RGB bytes of <see cref="OutputSize"/>.</summary>
    /// <exception cref="InvalidOperationException">Called before <see cref="Start"/>.</exception>
    public byte[] Step(AgentAction action, IReadOnlyList<int> promptTokens) => StepBatch([this], [action], [promptTokens])[0];

    /// <summary>The tokenizer's reconstruction of an RGB frame of <see cref="Size"/> (encode, decode): the ceiling of every generated frame.</summary>
    public byte[] Reconstruct(ReadOnlySpan<byte> rgb)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        return ToRgb(_model.Tokenizer.forward(ToImage(rgb)));
    }

    /// <summary>Releases the state and context tensors.</summary>
    public void Dispose() => Clear();

    private Tensor ReadMemory()
    {
        var config = _model.Config;
        if (Mode.MemoryFrames > 0)
        {
            _memory!.Read(_memoryRead, Pose.Camera(), Frame, Mode.MemoryFrames);
        }
        else
        {
            Array.Clear(_memoryRead);
        }
        return tensor(_memoryRead, [1, config.LatentChannels + 1, config.LatentSize, config.LatentSize]).to(_device);
    }

    private Tensor Tokens(IReadOnlyList<int> promptTokens)
    {
        var count = _model.Config.MaxPromptTokens;
        return tensor(Training.TrainingData.PadTokens(promptTokens, count), [1, count]).to(_device);
    }

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
