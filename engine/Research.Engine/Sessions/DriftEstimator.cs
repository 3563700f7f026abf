namespace Research.Engine.Sessions;

/// <summary>
/// A drift estimate that needs no ground truth, so it would work in production. Two signs of drift, averaged, each in
/// [0, 1]: how long the model has run free since it was last anchored on a real image (1 - exp(-frames / <see cref="AgeFrames"/>)),
/// since autoregressive error grows with the horizon; and how much of the anchor frame's detail the model has lost
/// (1 - gradient energy of the frame / gradient energy of the anchor), since drifting models of this kind blur and
/// wash out. A soft reset does not re-anchor: it starts again from the model's own, already drifted, frame.
/// </summary>
public sealed class DriftEstimator
{
    /// <summary>Frames after which the age term reaches 1 - 1/e (2 s at 30 fps).</summary>
    public const double AgeFrames = 60;

    private double _anchorEnergy = double.NaN;
    private long _age;

    /// <summary>Takes <paramref name="rgb"/> (size x size) as the real reference: the start frame or an image anchor.</summary>
    public void Anchor(ReadOnlySpan<byte> rgb, int size)
    {
        _anchorEnergy = GradientEnergy(rgb, size);
        _age = 0;
    }

    /// <summary>The estimate for the next generated frame <paramref name="rgb"/>; 0 before any anchor.</summary>
    public double Estimate(ReadOnlySpan<byte> rgb, int size)
    {
        if (double.IsNaN(_anchorEnergy) || _anchorEnergy <= 0)
        {
            return 0;
        }
        _age++;
        var detailLoss = Math.Clamp(1 - GradientEnergy(rgb, size) / _anchorEnergy, 0, 1);
        var age = 1 - Math.Exp(-_age / AgeFrames);
        return (detailLoss + age) / 2;
    }

    /// <summary>An independent copy with the same anchor and age.</summary>
    public DriftEstimator Clone() => new() { _anchorEnergy = _anchorEnergy, _age = _age };

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
