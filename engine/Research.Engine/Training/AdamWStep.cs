using Research.Engine.Compute;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace Research.Engine.Training;

/// <summary>
/// The AdamW update of TorchSharp's <see cref="AdamW"/>, the same operations in the same order on the same state (so
/// its optimizer.bin files load and resume as before), but with every Scalar made explicitly and kept alive until the
/// native call that reads it has returned. TorchSharp's own step passes implicit Scalars (<c>mul_(beta1)</c>,
/// <c>add_(grad, alpha: 1 - beta1)</c>), which a collection on another thread can free mid-call (<see cref="Scalars"/>):
/// a silently wrong moment estimate poisons every later step.
/// </summary>
internal static class AdamWStep
{
    /// <summary>Applies one update to every parameter of <paramref name="optimizer"/> that has a gradient.</summary>
    public static void Apply(AdamW optimizer)
    {
        using var noGrad = no_grad();
        var states = optimizer.state_dict().State;
        var index = 0;
        foreach (var group in optimizer.ParamGroups.Cast<AdamW.ParamGroup>())
        {
            var options = group.Options;
            if (options.amsgrad == true || options.maximize == true)
            {
                throw new NotSupportedException("AdamWStep implements AdamW without amsgrad and maximize.");
            }
            var (beta1, beta2, decay, eps, rate) = (options.beta1!.Value, options.beta2!.Value, options.weight_decay!.Value, options.eps!.Value, options.LearningRate!.Value);
            foreach (var parameter in group.Parameters)
            {
                var state = (AdamW.State)states[index++];
                if (parameter.grad is not { } grad)
                {
                    continue;
                }
                state.step += 1;
                var correction1 = 1 - Math.Pow(beta1, state.step);
                var correction2 = 1 - Math.Pow(beta2, state.step);
                using var shrink = (1 - rate * decay).ToScalar();
                using var keep1 = beta1.ToScalar();
                using var take1 = (1 - beta1).ToScalar();
                using var keep2 = beta2.ToScalar();
                using var take2 = (1 - beta2).ToScalar();
                using var root2 = Math.Sqrt(correction2).ToScalar();
                using var epsilon = eps.ToScalar();
                using var stepSize = (-rate / correction1).ToScalar();
                parameter.mul_(shrink);
                state.exp_avg.mul_(keep1).add_(grad, alpha: take1);
                state.exp_avg_sq.mul_(keep2).addcmul_(grad, grad, value: take2);
                using var denominator = state.exp_avg_sq.sqrt().div_(root2).add_(epsilon, Scalars.Constant(1));
                parameter.addcdiv_(state.exp_avg, denominator, value: stepSize);
            }
        }
    }
}
