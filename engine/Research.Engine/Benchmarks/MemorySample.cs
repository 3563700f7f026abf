namespace Research.Engine.Benchmarks;

/// <summary>Process resident memory at the end of one session minute of the memory replay.</summary>
/// <param name="Minute">Session minutes played (0: before the first frame, after warm-up).</param>
/// <param name="Frames">Frames delivered by then.</param>
/// <param name="ResidentBytes">Resident set size after a full garbage collection.</param>
/// <param name="WallSeconds">Wall-clock seconds the replay had taken by then.</param>
public sealed record MemorySample(int Minute, long Frames, long ResidentBytes, double WallSeconds);
