using Research.Engine.World;

namespace Research.Engine.Tests.Metrics;

/// <summary>Real frames from the simulator and renderer under a scripted, varied action sequence.</summary>
internal static class GroundTruthRun
{
    /// <summary>Variants laid over every preset: its own look, then night, storms and thick fog.</summary>
    public static IReadOnlyList<string> Variants { get; } = ["preset", "night", "rain-night", "snow-night", "fog", "dawn-rain-dense"];

    /// <summary>Every preset with every variant, for theories.</summary>
    public static TheoryData<string, string> PresetsAndVariants()
    {
        var data = new TheoryData<string, string>();
        foreach (var preset in ScenePresets.Names)
        {
            foreach (var variant in Variants)
            {
                data.Add(preset, variant);
            }
        }
        return data;
    }

    /// <summary>The preset's scene with the variant applied.</summary>
    public static SceneParameters Scene(string preset, string variant)
    {
        var scene = ScenePresets.Get(preset);
        return variant switch
        {
            "preset" => scene,
            "night" => scene with { TimeOfDay = TimeOfDay.Night },
            "rain-night" => scene with { TimeOfDay = TimeOfDay.Night, Weather = Weather.Rain, WeatherIntensity = 1f },
            "snow-night" => scene with { TimeOfDay = TimeOfDay.Night, Weather = Weather.Snow, WeatherIntensity = 1f },
            "fog" => scene with { Weather = Weather.Fog, WeatherIntensity = 1f },
            "dawn-rain-dense" => scene with { TimeOfDay = TimeOfDay.Dawn, Weather = Weather.Rain, WeatherIntensity = 0.6f, ObjectDensity = 1f },
            _ => throw new ArgumentException($"Unknown variant '{variant}'.", nameof(variant)),
        };
    }

    /// <summary>A varied script: a new pseudo-random action (dashes and idling included) every seven frames.</summary>
    public static AgentAction Scripted(int frame)
    {
        var h = (uint)(frame / 7 + 1) * 2654435761u;
        return AgentActions.All[(int)(h >> 16) % AgentActions.All.Count];
    }

    /// <summary>Renders the start frame (step 0, action idle) and then <paramref name="steps"/> scripted steps.</summary>
    public static IReadOnlyList<RenderedStep> Render(
        SceneParameters scene, bool explore, int steps, int size = 64, int seed = 3, Func<int, AgentAction>? script = null)
    {
        script ??= Scripted;
        var world = new WorldSimulator(new WorldOptions { Seed = seed, Explore = explore }, scene);
        var renderer = new FrameRenderer();
        var run = new List<RenderedStep>(steps + 1) { new(AgentAction.Idle, renderer.Render(world, size), world.Snapshot()) };
        for (var i = 0; i < steps; i++)
        {
            var action = script(i);
            world.Step(action);
            run.Add(new RenderedStep(action, renderer.Render(world, size), world.Snapshot()));
        }
        return run;
    }
}
