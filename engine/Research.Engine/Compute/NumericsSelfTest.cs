using System.Diagnostics;
using static TorchSharp.torch;

namespace Research.Engine.Compute;

/// <summary>
/// A tiny fixed computation checked against golden values committed in <see cref="NumericsGolden"/>: two convolutions
/// and a linear layer, forward and backward, with weights and input written as formulas (no random generator, no
/// checkpoint), so it means the same on every machine and survives model changes. Its channel counts (3, 12, 20) are
/// not multiples of 8 or 16 on purpose: that is where the faulty oneDNN kernels read uninitialised padding.
/// </summary>
public static class NumericsSelfTest
{
    /// <summary>
    /// Largest accepted error per value, relative to the largest golden magnitude of its group. float32 results on
    /// different CPUs and kernels differ by about 1e-6 here; the faulty kernels were off by 0.2 to infinity.
    /// </summary>
    public const double Tolerance = 1e-4;

    /// <summary>Runs the computation twice on the CPU at the current thread count and compares it with the golden values.</summary>
    public static NumericsSelfTestResult Run()
    {
        var clock = Stopwatch.StartNew();
        var first = Compute();
        var milliseconds = clock.Elapsed.TotalMilliseconds;
        var second = Compute();
        var repeatable = first.AsSpan().SequenceEqual(second);
        var error = MaxError(first, NumericsGolden.Values);
        return new NumericsSelfTestResult(repeatable && error <= Tolerance, error, repeatable, milliseconds);
    }

    /// <summary>The computation's fingerprint: output (20 values), then input gradient, first and second weight gradients (sampled).</summary>
    internal static float[] Compute(ScalarType type = ScalarType.Float32)
    {
        using var scope = NewDisposeScope();
        var x = Pattern([2, 3, 12, 12], 0.37, 0.1, 1.0, type).requires_grad_(true);
        var w1 = Pattern([12, 3, 3, 3], 1.3, 0.2, 0.3, type).requires_grad_(true);
        var w2 = Pattern([20, 12, 3, 3], 2.1, 0.7, 0.15, type).requires_grad_(true);
        var w3 = Pattern([10, 20 * 5 * 5], 0.9, 0.3, 0.05, type).requires_grad_(true);
        var h1 = nn.functional.relu(nn.functional.conv2d(x, w1, padding: [1, 1]));
        var h2 = nn.functional.relu(nn.functional.conv2d(h1, w2, strides: [2, 2]));
        var y = nn.functional.linear(h2.flatten(1), w3);
        var grads = autograd.grad([y.Squared().sum()], [x, w1, w2]);
        var parts = new[] { y.flatten(), Sample(grads[0]), Sample(grads[1]), Sample(grads[2]) };
        return cat(parts).to(ScalarType.Float32).data<float>().ToArray();
    }

    /// <summary>Sizes of the fingerprint's groups, in order; errors are relative within a group.</summary>
    internal static readonly int[] GroupSizes = [20, 32, 32, 32];

    internal static double MaxError(float[] actual, float[] golden)
    {
        if (actual.Length != golden.Length)
        {
            return double.PositiveInfinity;
        }
        var worst = 0.0;
        var start = 0;
        foreach (var size in GroupSizes)
        {
            var scale = 1e-12;
            for (var i = start; i < start + size; i++)
            {
                scale = Math.Max(scale, Math.Abs(golden[i]));
            }
            for (var i = start; i < start + size; i++)
            {
                var e = Math.Abs((double)actual[i] - golden[i]) / scale;
                worst = double.IsFinite(e) ? Math.Max(worst, e) : double.PositiveInfinity;
            }
            start += size;
        }
        return worst;
    }

    /// <summary>sin(i * step + phase) * scale over a tensor's elements in order.</summary>
    private static Tensor Pattern(long[] shape, double step, double phase, double scale, ScalarType type) =>
        Scalars.Range(shape.Aggregate(1L, (a, b) => a * b), ScalarType.Float64)
            .mul(Scalars.Constant(step)).Plus(Scalars.Constant(phase)).sin().mul(Scalars.Constant(scale)).to(type).reshape(shape);

    /// <summary>32 elements evenly spread over a tensor (first and last included).</summary>
    private static Tensor Sample(Tensor t)
    {
        var flat = t.flatten();
        var index = linspace(0, flat.shape[0] - 1, 32, dtype: ScalarType.Float64).round().to(ScalarType.Int64);
        return flat.index_select(0, index);
    }
}
