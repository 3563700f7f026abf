using Research.Engine.RunViews;

namespace Research.Engine.Tests.RunViews;

public sealed class SmoothingTests
{
    [Fact]
    public void EmaBuckets_WeightZeroFewPoints_RawValuesAndCollapsedBand()
    {
        var smoothed = Smoothing.EmaBuckets([0, 1, 2], [5, 7, 6], weight: 0);

        Assert.Equal([0.0, 1, 2], smoothed.X);
        Assert.Equal([5.0, 7, 6], smoothed.Y);
        Assert.Equal(smoothed.Y, smoothed.Min);
        Assert.Equal(smoothed.Y, smoothed.Max);
    }

    [Fact]
    public void EmaBuckets_Weight_DebiasedExponentialAverage()
    {
        var smoothed = Smoothing.EmaBuckets([0, 1], [10, 20], weight: 0.5);

        // Debiased: the first value is kept as is, then (0.5·5 + 0.5·20) / (1 − 0.25) = 12.5 / 0.75.
        Assert.Equal(10, smoothed.Y[0], 9);
        Assert.Equal(12.5 / 0.75, smoothed.Y[1], 9);
    }

    [Fact]
    public void EmaBuckets_MorePointsThanBuckets_EachBucketKeepsItsRawExtremes()
    {
        double[] x = [0, 1, 2, 3, 4, 5];
        double[] y = [1, 9, 2, 8, 3, 7];

        var smoothed = Smoothing.EmaBuckets(x, y, weight: 0, maxPoints: 3);

        Assert.Equal([1.0, 3, 5], smoothed.X);
        Assert.Equal([9.0, 8, 7], smoothed.Y); // Weight 0: the raw value at each bucket's end.
        Assert.Equal([1.0, 2, 3], smoothed.Min);
        Assert.Equal([9.0, 8, 7], smoothed.Max);
    }

    [Fact]
    public void EmaBuckets_NaNValues_SkippedByEmaAndBand()
    {
        var smoothed = Smoothing.EmaBuckets([0, 1, 2, 3], [double.NaN, 4, double.NaN, double.NaN], weight: 0.9, maxPoints: 4);

        Assert.True(double.IsNaN(smoothed.Y[0]));
        Assert.Equal(4, smoothed.Y[1], 9);
        Assert.Equal(4, smoothed.Y[3], 9); // The EMA holds over missing values.
        Assert.True(double.IsNaN(smoothed.Min[2]));
    }

    [Fact]
    public void EmaBuckets_Empty_EmptySeries()
    {
        var smoothed = Smoothing.EmaBuckets([], [], weight: 0.5);

        Assert.Empty(smoothed.X);
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1)]
    [InlineData(double.NaN)]
    public void EmaBuckets_WeightOutsideRange_Throws(double weight)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Smoothing.EmaBuckets([0], [1], weight));
    }

    [Fact]
    public void ToChartSeries_Smoothed_LineWithMinMaxBand()
    {
        var series = Smoothing.EmaBuckets([0, 1], [1, 2], weight: 0).ToChartSeries("psnr");

        Assert.Equal("psnr", series.Name);
        Assert.True(series.HasBand);
    }
}
