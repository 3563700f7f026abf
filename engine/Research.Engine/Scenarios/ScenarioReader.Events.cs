using System.Text.Json;
using Research.Engine.World;

namespace Research.Engine.Scenarios;

/// <summary>The <c>events</c> array: one reader per event type, and the checks across events.</summary>
internal sealed partial class ScenarioReader
{
    private static readonly Dictionary<string, string[]> FieldsByType = new(StringComparer.Ordinal)
    {
        ["action"] = ["at", "type", "action", "hold"],
        ["sequence"] = ["at", "type", "actions", "interval", "repeat"],
        ["prompt"] = ["at", "type", "text"],
        ["preset"] = ["at", "type", "name"],
        ["softReset"] = ["at", "type"],
        ["pause"] = ["at", "type", "duration"],
        ["rate"] = ["at", "type", "score"],
        ["mark"] = ["at", "type", "label"],
    };

    private static readonly string[] AnyEventField = [.. FieldsByType.Values.SelectMany(f => f).Distinct()];

    private static readonly string EventTypes = string.Join(", ", ScenarioFormat.EventTypes);

    private List<ScenarioEvent> Events(JsonObjectFields fields, int fps, int? durationFrames)
    {
        if (fields.Array("events", required: true, "an array of events") is not { } array)
        {
            return [];
        }
        var events = new List<(int Index, ScenarioEvent Event)>();
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            var path = $"events[{index}]";
            if (element.ValueKind != JsonValueKind.Object)
            {
                errors.Add(path, $"expected an event object, got {JsonObjectFields.Describe(element)}");
            }
            else if (Event(new JsonObjectFields(element, path, errors), fps, durationFrames) is { } scenarioEvent)
            {
                events.Add((index, scenarioEvent));
            }
            index++;
        }
        RejectSecondChangeOnOneFrame(events);
        // OrderBy is stable: events on one frame keep file order, so a later action overrides an earlier one.
        return [.. events.OrderBy(e => e.Event.Frame).Select(e => e.Event)];
    }

    private ScenarioEvent? Event(JsonObjectFields fields, int fps, int? durationFrames)
    {
        var type = fields.String("type", required: true, $"an event type ({EventTypes})");
        var frame = At(fields, fps, durationFrames);
        if (type is null)
        {
            fields.RejectUnknown(AnyEventField, "events");
            return null;
        }
        if (!FieldsByType.TryGetValue(type, out var allowed))
        {
            fields.Error("type", $"unknown event type '{type}': expected one of {EventTypes}");
            return null;
        }
        fields.RejectUnknown(allowed, $"{type} events");
        var line = errors.LineOf(fields.Path);
        var at = frame ?? 0;
        ScenarioEvent? scenarioEvent = type switch
        {
            "action" => ReadAction(fields, at, line, fps),
            "sequence" => ReadSequence(fields, at, line, fps),
            "prompt" => Bounded(fields, "text", required: true, ScenarioFormat.MaxPromptLength) is { } text ? new PromptEvent(at, line, text) : null,
            "preset" => Preset(fields, "name", required: true) is { } preset ? new PresetEvent(at, line, preset) : null,
            "softReset" => new SoftResetEvent(at, line),
            "pause" => Length(fields, "duration", fps) is { } length ? new PauseEvent(at, line, length) : null,
            "rate" => Score(fields) is { } score ? new RateEvent(at, line, score) : null,
            _ => Bounded(fields, "label", required: true, ScenarioFormat.MaxLabelLength) is { } label ? new MarkEvent(at, line, label) : null,
        };
        return frame is null ? null : scenarioEvent;
    }

    private static int? At(JsonObjectFields fields, int fps, int? durationFrames)
    {
        var seconds = fields.Number("at", required: true, "seconds from the start, 0 or more");
        if (seconds is null)
        {
            return null;
        }
        if (seconds < 0)
        {
            fields.Error("at", $"at must be 0 or more seconds, got {JsonObjectFields.Seconds(seconds.Value)}");
            return null;
        }
        var frame = ScenarioFormat.ToFrames(seconds.Value, fps);
        if (frame >= durationFrames)
        {
            var end = JsonObjectFields.Seconds((double)durationFrames.Value / fps);
            fields.Error("at", $"at {JsonObjectFields.Seconds(seconds.Value)} s (frame {frame}) is at or beyond the end of the scenario: "
                + $"expected less than the duration, {end} s ({durationFrames} frames)");
            return null;
        }
        return frame;
    }

    private ActionEvent? ReadAction(JsonObjectFields fields, int frame, int line, int fps)
    {
        var action = fields.Value("action", required: true, $"an action name ({ActionNames})") is { } value
            ? Action(fields.PathOf("action"), value)
            : null;
        var hold = Length(fields, "hold", fps);
        return action is null || hold is null ? null : new ActionEvent(frame, line, action.Value, hold.Value);
    }

    private SequenceEvent? ReadSequence(JsonObjectFields fields, int frame, int line, int fps)
    {
        var actions = new List<AgentAction>();
        var valid = true;
        if (fields.Array("actions", required: true, $"a non-empty array of action names ({ActionNames})") is { } array)
        {
            var index = 0;
            foreach (var element in array.EnumerateArray())
            {
                if (Action($"{fields.PathOf("actions")}[{index++}]", element) is { } action)
                {
                    actions.Add(action);
                }
                else
                {
                    valid = false;
                }
            }
            if (index == 0)
            {
                fields.Error("actions", $"actions must not be empty: expected one or more of {ActionNames}");
                valid = false;
            }
        }
        var interval = Length(fields, "interval", fps);
        var repeat = fields.Int("repeat", required: false, "a whole number, 1 or more") ?? 1;
        if (repeat < 1)
        {
            fields.Error("repeat", $"repeat must be 1 or more, got {repeat}");
        }
        return valid && actions.Count > 0 && interval is not null && repeat >= 1
            ? new SequenceEvent(frame, line, actions, interval.Value, repeat)
            : null;
    }

    private static int? Score(JsonObjectFields fields)
    {
        var expected = $"a whole number from {ScenarioFormat.MinScore} to {ScenarioFormat.MaxScore}";
        var score = fields.Int("score", required: true, expected);
        if (score is < ScenarioFormat.MinScore or > ScenarioFormat.MaxScore)
        {
            fields.Error("score", $"score {score} is out of range: expected {expected}");
            return null;
        }
        return score;
    }

    // Two prompts (or presets, ratings, marks, resets) on one tick would leave one silently unused.
    private void RejectSecondChangeOnOneFrame(List<(int Index, ScenarioEvent Event)> events)
    {
        var seen = new Dictionary<(Type, int), int>();
        foreach (var (index, scenarioEvent) in events)
        {
            if (scenarioEvent is ActionEvent or SequenceEvent or PauseEvent)
            {
                continue;
            }
            var key = (scenarioEvent.GetType(), scenarioEvent.Frame);
            if (!seen.TryAdd(key, index))
            {
                var type = TypeOf(scenarioEvent);
                errors.Add($"events[{index}]", $"a second {type} event on frame {scenarioEvent.Frame} "
                    + $"(events[{seen[key]}] is on the same frame): expected at most one {type} event per frame");
            }
        }
    }

    private static string TypeOf(ScenarioEvent scenarioEvent) => scenarioEvent switch
    {
        PromptEvent => "prompt",
        PresetEvent => "preset",
        SoftResetEvent => "softReset",
        RateEvent => "rate",
        _ => "mark",
    };
}
