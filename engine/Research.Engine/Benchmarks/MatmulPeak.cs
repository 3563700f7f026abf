using System.Diagnostics;
using TorchSharp;

namespace Research.Engine.Benchmarks;

/// <summary>Best measured float32 matmul throughput at one size.</summary>
/// <param name="Size">Side n of the n x n matrices.</param>
/// <param name="Gflops">Best of the repeats, in GFLOP/s (2n^3 FLOPs per product).</param>
public sealed record MatmulSample(int Size, double Gflops);

/// <summary>
/// The machine's practical float32 peak: the best GFLOP/s of square matmuls on the CPU at the current TorchSharp
/// thread count, the yardstick for how much of the machine a model uses.
/// </summary>
/// <param name="Samples">Best throughput per size.</param>
/// <param name="Threads">TorchSharp intra-op threads during the measurement.</param>
public sealed record MatmulPeak(IReadOnlyList<MatmulSample> Samples, int Threads)
{
    /// <summary>The best throughput of all sizes, in GFLOP/s.</summary>
    public double BestGflops => Samples.Count == 0 ? 0 : Samples.Max(s => s.Gflops);

    /// <summary>Measures every size in <paramref name="sizes"/>, best of <paramref name="repeats"/> after a warm-up product.</summary>
    /// <exception cref="ArgumentException">No sizes, a size below 1 or fewer than one repeat.</exception>
    public static MatmulPeak Measure(IReadOnlyList<int> sizes, int repeats)
    {
        ArgumentNullException.ThrowIfNull(sizes);
        if (sizes.Count == 0 || sizes.Any(n => n < 1) || repeats < 1)
        {
            throw new ArgumentException($"Matmul peak needs sizes of at least 1 and at least one repeat (sizes [{string.Join(", ", sizes)}], repeats {repeats}).");
        }
        var samples = sizes.Select(n => new MatmulSample(n, Best(n, repeats))).ToList();
        return new MatmulPeak(samples, torch.get_num_threads());
    }

    private static double Best(int n, int repeats)
    {
        using var noGrad = torch.no_grad();
        using var scope = torch.NewDisposeScope();
        var a = torch.randn(n, n);
        var b = torch.randn(n, n);
        torch.matmul(a, b).Dispose();
        // Small products take about a millisecond: time a batch of them so one timer tick or hiccup weighs less.
        var inner = Math.Max(1, (int)(256L * 256 * 256 * 8 / ((long)n * n * n)));
        var best = double.MaxValue;
        for (var r = 0; r < repeats; r++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < inner; i++)
            {
                torch.matmul(a, b).Dispose();
            }
            best = Math.Min(best, clock.Elapsed.TotalSeconds / inner);
        }
        return 2.0 * n * n * n / best / 1e9;
    }
}
