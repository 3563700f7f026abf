namespace Research.Engine.Metrics;

/// <summary>An 8-connected set of candidate pixels: its pixel count, score sum and the sums of its pixel centres.</summary>
internal readonly record struct Blob(int Count, float Sum, double SumX, double SumY)
{
    /// <summary>Mean of the pixel centres, horizontal.</summary>
    public float X => (float)(SumX / Count);

    /// <summary>Mean of the pixel centres, vertical.</summary>
    public float Y => (float)(SumY / Count);
}
