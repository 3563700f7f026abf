namespace Research.Engine.Benchmarks;

/// <summary>How far one stage of the session benchmark is.</summary>
/// <param name="Stage">The stage, as shown to the user; the same text for every report of a stage.</param>
/// <param name="Done">Work done, in the stage's own unit.</param>
/// <param name="Total">Work in the stage, in that unit.</param>
public sealed record SessionBenchmarkProgress(string Stage, double Done, double Total);
