namespace Research.Workbench.Live;

/// <summary>An error heat map of a model frame against the ground truth: black where they agree, through red to yellow where they differ.</summary>
public static class ErrorMap
{
    /// <summary>
    /// The heat map at the truth's size <paramref name="size"/>; a model frame larger by an integer factor (an
    /// upsampling mode) is sampled at the matching pixels.
    /// </summary>
    public static byte[] Compute(byte[] model, int modelSize, byte[] truth, int size)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(truth.Length, size * size * 3);
        ArgumentOutOfRangeException.ThrowIfNotEqual(model.Length, modelSize * modelSize * 3);
        var scale = Math.Max(1, modelSize / size);
        var map = new byte[size * size * 3];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var t = (y * size + x) * 3;
                var m = (y * scale * modelSize + x * scale) * 3;
                var diff = (Math.Abs(model[m] - truth[t]) + Math.Abs(model[m + 1] - truth[t + 1]) + Math.Abs(model[m + 2] - truth[t + 2])) / 3.0;
                // Errors of 64 levels and more saturate: small errors matter most.
                var heat = Math.Min(1.0, diff / 64.0);
                map[t] = (byte)Math.Round(255 * Math.Min(1.0, heat * 2));
                map[t + 1] = (byte)Math.Round(255 * Math.Max(0.0, heat * 2 - 1));
                map[t + 2] = 0;
            }
        }
        return map;
    }
}
