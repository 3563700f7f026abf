using Research.Engine.Compute;
using Research.Engine.World;
using static TorchSharp.torch;

namespace Research.Engine.Models;

/// <summary>
/// Runs a world model frame by frame: keeps the last two frames, the model's own pose and its pixel memory
/// (constant cost per frame however long it runs), takes an action and prompt per step, and returns the frame.
/// Nothing it does changes the model's weights or any state shared with other rollouts.
/// </summary>
public sealed partial class ModelRollout : IDisposable
{
    private readonly WorldModel _model;
    private readonly Device _device;
    private readonly float[] _memoryView;
    private MotionTracker? _tracker;
    private PixelMemory? _memory;
    private Tensor? _previous;
    private Tensor? _older;
    private ulong _noiseSeed;

    /// <summary>Prepares a rollout of <paramref name="model"/> in <paramref name="mode"/>.</summary>
    public ModelRollout(WorldModel model, QualityMode mode, Device? device = null)
    {
        _model = model;
        _device = device ?? CPU;
        Mode = mode;
        _memoryView = new float[4 * model.Config.FrameSize * model.Config.FrameSize];
    }

    /// <summary>Quality mode of the next steps; may change between steps.</summary>
    public QualityMode Mode { get; set; }

    /// <summary>Frames stepped since the start.</summary>
    public long Frame { get; private set; }

    /// <summary>The pose the model believes in (integrated from its own predicted motion; dash state not modelled).</summary>
    public AgentKinematics Pose => _tracker?.ToKinematics() ?? default;

    /// <summary>Side of the model's frames.</summary>
    public int Size => _model.Config.FrameSize;

    /// <summary>Side of the frames <see cref="Step"/> returns in the current mode.</summary>
    public int OutputSize => Mode.Upsample ? 2 * Size : Size;

    /// <summary>Starts from a true frame and the session's starting pose (a known setting of the world, like its seed).</summary>
    public void Start(ReadOnlySpan<byte> rgb, AgentKinematics pose)
    {
        using var noGrad = no_grad();
        using var scope = NewDisposeScope();
        var image = ToImage(rgb);
        Clear();
        _tracker = new MotionTracker(pose);
        _memory = new PixelMemory(pose.WorldSize, Size);
        Frame = 0;
        _noiseSeed = 0;
        Remember(image);
        _previous = image.MoveToOuterDisposeScope();
        _older = _previous.clone().MoveToOuterDisposeScope();
    }

    /// <summary>Advances one frame under <paramref name="action"/> and the prompt's tokens; returns RGB bytes of <see cref="OutputSize"/>.</summary>
    public byte[] Step(AgentAction action, IReadOnlyList<int> promptTokens) => StepBatch([this], [action], [promptTokens])[0];

    /// <inheritdoc />
    public void Dispose() => Clear();

    private void Remember(Tensor image)
    {
        var values = image.cpu().contiguous().data<float>().ToArray();
        var (x, y) = _tracker!.AgentInView(Size);
        _memory!.Write(values, _tracker.CameraX, _tracker.CameraY, Frame, x, y);
    }

    private Tensor Tokens(IReadOnlyList<int> promptTokens)
    {
        var count = _model.Config.MaxPromptTokens;
        return tensor(Training.TrainingData.PadTokens(promptTokens, count), [1, count]).to(_device);
    }

    private void Clear()
    {
        _previous?.Dispose();
        _older?.Dispose();
        (_previous, _older) = (null, null);
    }

    private Tensor ToImage(ReadOnlySpan<byte> rgb)
    {
        var size = Size;
        if (rgb.Length != size * size * 3)
        {
            throw new ArgumentException($"A {size}x{size} RGB frame has {size * size * 3} bytes, not {rgb.Length}.", nameof(rgb));
        }
        return tensor(rgb.ToArray(), [1, size, size, 3]).permute(0, 3, 1, 2).to_type(ScalarType.Float32).div(Scalars.Constant(255)).to(_device);
    }

    private static byte[] ToRgb(Tensor image) =>
        image[0].permute(1, 2, 0).mul(Scalars.Constant(255)).round().clamp(Scalars.Constant(0), Scalars.Constant(255)).to_type(ScalarType.Byte).cpu().contiguous().data<byte>().ToArray();
}
