namespace Research.Engine.Sessions;

/// <summary>
/// A drift estimate that needs no ground truth, so it would work in production: how much of the anchor frame's
/// detail the model has lost. Drifting models of this kind blur and wash out before anything else, so the estimate is
/// 1 - (gradient energy of the frame / gradient energy of the frame the model was anchored on), clamped to [0, 1].
/// </summary>
public sealed class DriftEstimator
{
    private double _anchorEnergy = double.NaN;

    /// <summary>Takes <paramref name="rgb"/> (size x size) as the sharp reference: the start frame or an image anchor.</summary>
    public void Anchor(ReadOnlySpan<byte> rgb, int size) => _anchorEnergy = GradientEnergy(rgb, size);

    /// <summary>The estimate for <paramref name="rgb"/>; 0 before any anchor.</summary>
    public double Estimate(ReadOnlySpan<byte> rgb, int size)
    {
        if (double.IsNaN(_anchorEnergy) || _anchorEnergy <= 0)
        {
            return 0;
        }
        return Math.Clamp(1 - GradientEnergy(rgb, size) / _anchorEnergy, 0, 1);
    }

    /// <summary>An independent copy with the same anchor.</summary>
    public DriftEstimator Clone() => new() { _anchorEnergy = _anchorEnergy };

    /// <summary>Mean absolute horizontal plus vertical difference between neighbouring pixel values.</summary>
    public static double GradientEnergy(ReadOnlySpan<byte> rgb, int size)
    {
        long sum = 0;
        var row = size * 3;
        for (var y = 0; y < size - 1; y++)
        {
            for (var x = 0; x < row - 3; x++)
            {
                var i = y * row + x;
                sum += Math.Abs(rgb[i] - rgb[i + 3]) + Math.Abs(rgb[i] - rgb[i + row]);
            }
        }
        return (double)sum / ((size - 1) * (row - 3));
    }
}
