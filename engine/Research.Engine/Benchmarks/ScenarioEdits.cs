using Research.Engine.Scenarios;

namespace Research.Engine.Benchmarks;

/// <summary>Scenarios the session benchmark derives from the standard ones: cut short, repeated to a length, with soft resets added.</summary>
internal static class ScenarioEdits
{
    /// <summary>The first <paramref name="frames"/> ticks of <paramref name="scenario"/> (all of it if it is shorter); holds running past the cut end there.</summary>
    public static Scenario Cut(Scenario scenario, int frames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        return frames >= scenario.DurationFrames ? scenario : scenario with
        {
            DurationFrames = frames,
            Events = [.. scenario.Events.Where(e => e.Frame < frames)],
        };
    }

    /// <summary>
    /// <paramref name="scenario"/>'s events played again and again, each copy starting where the previous one ended,
    /// until the session is <paramref name="frames"/> ticks long (the last copy is cut).
    /// </summary>
    public static Scenario Repeat(Scenario scenario, int frames)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frames, 1);
        var length = scenario.DurationFrames;
        var events = new List<ScenarioEvent>();
        for (var start = 0; start < frames; start += length)
        {
            events.AddRange(scenario.Events.Select(e => e with { Frame = e.Frame + start }).Where(e => e.Frame < frames));
        }
        return scenario with { DurationFrames = frames, Events = [.. events.OrderBy(e => e.Frame)] };
    }

    /// <summary>
    /// <paramref name="scenario"/> with a soft reset every <paramref name="everyFrames"/> ticks from <paramref name="firstFrame"/> on
    /// (on top of its own events; the sort is stable, so same-tick events keep their order with the reset last).
    /// </summary>
    public static Scenario WithSoftResets(Scenario scenario, int firstFrame, int everyFrames)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstFrame);
        ArgumentOutOfRangeException.ThrowIfLessThan(everyFrames, 1);
        var resets = new List<ScenarioEvent>();
        for (var frame = firstFrame; frame < scenario.DurationFrames; frame += everyFrames)
        {
            resets.Add(new SoftResetEvent(frame, 0));
        }
        return scenario with { Events = [.. scenario.Events.Concat(resets).OrderBy(e => e.Frame)] };
    }
}
