using System.Diagnostics;
using Research.Engine.World;

namespace Research.Engine.Benchmarks;

/// <summary>One measured configuration of the world benchmark.</summary>
/// <param name="Size">Frame size in pixels.</param>
/// <param name="Explore">Whether the world was an explore world.</param>
/// <param name="Frames">Frames stepped and rendered per repeat.</param>
/// <param name="MedianFps">Median frames per second over the repeats (step + render, one thread).</param>
/// <param name="BestFps">Fastest repeat.</param>
/// <param name="WorstFps">Slowest repeat.</param>
/// <param name="StepOnlyFps">Median frames per second of the simulation step alone.</param>
public sealed record WorldBenchmarkResult(int Size, bool Explore, int Frames, double MedianFps, double BestFps, double WorstFps, double StepOnlyFps);

/// <summary>Measures how fast the ground-truth world steps and renders on one thread.</summary>
public static class WorldBenchmark
{
    /// <summary>Runs every configuration <paramref name="repeats"/> times after a warm-up.</summary>
    public static IReadOnlyList<WorldBenchmarkResult> Run(IReadOnlyList<int> sizes, int frames = 5000, int repeats = 5)
    {
        var results = new List<WorldBenchmarkResult>();
        foreach (var explore in new[] { true, false })
        {
            foreach (var size in sizes)
            {
                FrameRenderer.ValidateSize(size);
                Measure(size, explore, frames / 5, render: true);
                var fps = Enumerable.Range(0, repeats).Select(_ => Measure(size, explore, frames, render: true)).Order().ToArray();
                var step = Enumerable.Range(0, repeats).Select(_ => Measure(size, explore, frames, render: false)).Order().ToArray();
                results.Add(new WorldBenchmarkResult(size, explore, frames, fps[repeats / 2], fps[^1], fps[0], step[repeats / 2]));
            }
        }
        return results;
    }

    private static double Measure(int size, bool explore, int frames, bool render)
    {
        // A busy, rainy night is the most expensive scene to draw: lighting, lantern and particles.
        var scene = ScenePresets.Get("night-town") with { Weather = Weather.Rain, ObjectDensity = 1f };
        var world = new WorldSimulator(new WorldOptions { Seed = 7, Explore = explore }, scene);
        var renderer = new FrameRenderer();
        var buffer = new byte[size * size * 3];
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < frames; i++)
        {
            world.Step(AgentActions.All[i / 20 % AgentActions.All.Count]);
            if (render)
            {
                renderer.Render(world, size, buffer);
            }
        }
        return frames / clock.Elapsed.TotalSeconds;
    }
}
