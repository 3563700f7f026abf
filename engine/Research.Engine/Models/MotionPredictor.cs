using TorchSharp.Modules;
using static TorchSharp.torch;
using static TorchSharp.torch.nn;

namespace Research.Engine.Models;

/// <summary>
/// Predicts one step of motion from the recent actions and the model's own pose (<see cref="MotionTracker.Features"/>):
/// the agent's move and the camera's move, world units (B, 4: agent dx, dy, camera dx, dy). It learns the walk, the
/// dash and its cool-down, and where the camera stops following at the world's edge; the dataset's true moves
/// supervise it in training, and nothing of the world is read at inference.
/// </summary>
public sealed class MotionPredictor : Module<Tensor, Tensor>
{
    private readonly Sequential _net;

    /// <summary>Builds the predictor of <paramref name="config"/>.</summary>
    public MotionPredictor(ModelConfig config) : base(nameof(MotionPredictor))
    {
        var h = config.MotionHidden;
        _net = Sequential(
            Linear(MotionTracker.FeatureCount, h), SiLU(),
            Linear(h, h), SiLU(),
            Linear(h, h), SiLU(),
            Linear(h, 4));
        RegisterComponents();
    }

    /// <summary>Features (B, F) to moves (B, 4), world units.</summary>
    public override Tensor forward(Tensor features) => _net.forward(features);
}
