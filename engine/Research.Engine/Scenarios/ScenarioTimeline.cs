using System.Collections;
using Research.Engine.World;

namespace Research.Engine.Scenarios;

/// <summary>A scenario expanded into one <see cref="ScenarioTick"/> per frame.</summary>
/// <remarks>
/// Held actions and pauses are stored as one byte per tick and the rare one-off changes in a map,
/// so even an hour at 240 fps stays small; ticks are built on access.
/// </remarks>
public sealed class ScenarioTimeline : IReadOnlyList<ScenarioTick>
{
    private readonly AgentAction[] _actions;
    private readonly bool[] _paused;
    private readonly Dictionary<int, TickChanges> _changes;

    private ScenarioTimeline(Scenario scenario, AgentAction[] actions, bool[] paused, Dictionary<int, TickChanges> changes)
    {
        Scenario = scenario;
        _actions = actions;
        _paused = paused;
        _changes = changes;
        WorldFrameCount = paused.Count(p => !p);
    }

    /// <summary>The scenario this timeline was expanded from.</summary>
    public Scenario Scenario { get; }

    /// <summary>Number of ticks: the scenario's duration in frames.</summary>
    public int Count => _actions.Length;

    /// <summary>Number of ticks that are not paused, that is, world frames the session produces.</summary>
    public int WorldFrameCount { get; }

    /// <summary>The tick at <paramref name="index"/>.</summary>
    public ScenarioTick this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var changes = _changes.GetValueOrDefault(index, TickChanges.None);
            return new ScenarioTick(
                index, _actions[index], _paused[index], changes.Prompt, changes.Preset, changes.SoftReset, changes.Rating, changes.Mark);
        }
    }

    /// <summary>Expands <paramref name="scenario"/> tick by tick; the same scenario always gives the same timeline.</summary>
    /// <remarks>
    /// Events are applied in frame order, ties in list order. An action or sequence replaces whatever was
    /// held before it and ends in idle; holds, sequences and pauses running past the end are cut off there;
    /// overlapping pauses merge. Of two one-off changes of the same kind on one tick the later wins
    /// (<see cref="ScenarioLoader"/> rejects such files).
    /// </remarks>
    /// <exception cref="ArgumentException">The duration is not positive or an event lies outside it.</exception>
    public static ScenarioTimeline Expand(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentOutOfRangeException.ThrowIfLessThan(scenario.DurationFrames, 1, nameof(scenario));
        var count = scenario.DurationFrames;
        var actions = new AgentAction[count];
        var paused = new bool[count];
        var changes = new Dictionary<int, TickChanges>();
        var heldUntil = 0;

        foreach (var scenarioEvent in scenario.Events.OrderBy(e => e.Frame))
        {
            var start = scenarioEvent.Frame;
            if (start < 0 || start >= count)
            {
                throw new ArgumentException($"Event at frame {start} lies outside the scenario's {count} frames.", nameof(scenario));
            }
            switch (scenarioEvent)
            {
                case ActionEvent action:
                    heldUntil = Hold(actions, start, heldUntil, [action.Action], action.HoldFrames, 1);
                    break;
                case SequenceEvent sequence:
                    heldUntil = Hold(actions, start, heldUntil, sequence.Actions, sequence.IntervalFrames, sequence.Repeat);
                    break;
                case PauseEvent pause:
                    Array.Fill(paused, true, start, Math.Clamp(pause.DurationFrames, 0, count - start));
                    break;
                default:
                    changes[start] = Apply(changes.GetValueOrDefault(start, TickChanges.None), scenarioEvent);
                    break;
            }
        }
        return new ScenarioTimeline(scenario, actions, paused, changes);
    }

    /// <summary>Enumerates the ticks in order.</summary>
    public IEnumerator<ScenarioTick> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    // Writes one hold (or sequence) from start on and returns the tick after its last one. Everything held
    // earlier lies before the previous end, so cancelling it only needs clearing up to heldUntil.
    private static int Hold(AgentAction[] ticks, int start, int heldUntil, IReadOnlyList<AgentAction> pass, int interval, int repeat)
    {
        if (heldUntil > start)
        {
            Array.Fill(ticks, AgentAction.Idle, start, heldUntil - start);
        }
        if (interval <= 0)
        {
            return start;
        }
        var tick = start;
        for (var r = 0; r < repeat && tick < ticks.Length; r++)
        {
            foreach (var action in pass)
            {
                var length = Math.Min(interval, ticks.Length - tick);
                Array.Fill(ticks, action, tick, length);
                tick += length;
            }
        }
        return tick;
    }

    private static TickChanges Apply(TickChanges changes, ScenarioEvent scenarioEvent) => scenarioEvent switch
    {
        PromptEvent prompt => changes with { Prompt = prompt.Text },
        PresetEvent preset => changes with { Preset = preset.Name },
        SoftResetEvent => changes with { SoftReset = true },
        RateEvent rate => changes with { Rating = rate.Score },
        MarkEvent mark => changes with { Mark = mark.Label },
        _ => throw new ArgumentException($"Unknown event type {scenarioEvent.GetType().Name}.", nameof(scenarioEvent)),
    };
}
