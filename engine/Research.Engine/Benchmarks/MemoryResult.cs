namespace Research.Engine.Benchmarks;

/// <summary>Resident memory over a long session replayed as fast as the machine computes.</summary>
/// <param name="Scenario">What was replayed.</param>
/// <param name="Minutes">Session minutes replayed.</param>
/// <param name="Samples">One sample before the first frame and one at the end of every session minute.</param>
/// <param name="WallSeconds">Wall-clock seconds the whole replay took.</param>
public sealed record MemoryResult(string Scenario, int Minutes, IReadOnlyList<MemorySample> Samples, double WallSeconds)
{
    /// <summary>Growth from the end of minute 1 to the end of the last minute, as a fraction of minute 1; null with fewer than two minutes.</summary>
    public double? Growth
    {
        get
        {
            var first = Samples.FirstOrDefault(s => s.Minute == 1);
            var last = Samples.Count > 0 ? Samples[^1] : null;
            return first is null || last is null || last.Minute < 2 || first.ResidentBytes == 0
                ? null : (double)(last.ResidentBytes - first.ResidentBytes) / first.ResidentBytes;
        }
    }
}
