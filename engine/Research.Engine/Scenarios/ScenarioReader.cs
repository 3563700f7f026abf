using System.Text.Json;
using Research.Engine.Files;
using Research.Engine.Storage;
using Research.Engine.World;

namespace Research.Engine.Scenarios;

/// <summary>Turns a parsed scenario document into a <see cref="Scenario"/>, reporting every problem it finds.</summary>
/// <remarks>
/// Reading goes on after an error (with a stand-in value where one is needed) so that one pass finds
/// them all; the result is <see langword="null"/> whenever any error was reported.
/// </remarks>
internal sealed partial class ScenarioReader(ErrorCollector errors)
{
    private static readonly string[] TopLevelFields =
        ["name", "description", "seed", "preset", "prompt", "fps", "explore", "duration", "events"];

    private static readonly string ActionNames = string.Join(", ", AgentActions.All.Select(a => a.Name()));

    public Scenario? Read(JsonElement root, string sourcePath)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors.Add("", $"expected a scenario object, got {JsonObjectFields.Describe(root)}");
            return null;
        }
        var fields = new JsonObjectFields(root, "", errors);
        fields.RejectUnknown(TopLevelFields, "the scenario");
        var name = Name(fields);
        var description = fields.String("description", required: true);
        var seed = fields.Int("seed", required: true, "a whole number from -2147483648 to 2147483647");
        var preset = Preset(fields, "preset", required: true);
        var prompt = Bounded(fields, "prompt", required: false, ScenarioFormat.MaxPromptLength);
        var fps = Fps(fields);
        var explore = fields.Bool("explore", required: false) ?? true;
        // Events are still checked when fps or duration is wrong: with the default rate, and without an end.
        var duration = Duration(fields, fps ?? ScenarioFormat.DefaultFps);
        var events = Events(fields, fps ?? ScenarioFormat.DefaultFps, duration);

        if (errors.Count > 0 || name is null || description is null || seed is null || preset is null || fps is null || duration is null)
        {
            return null;
        }
        return new Scenario(name, description, seed.Value, preset, prompt, fps.Value, explore, duration.Value, events, sourcePath);
    }

    private static int? Fps(JsonObjectFields fields)
    {
        if (!fields.Has("fps"))
        {
            return ScenarioFormat.DefaultFps;
        }
        var expected = $"a whole number from {ScenarioFormat.MinFps} to {ScenarioFormat.MaxFps}";
        var fps = fields.Int("fps", required: false, expected);
        if (fps is < ScenarioFormat.MinFps or > ScenarioFormat.MaxFps)
        {
            fields.Error("fps", $"fps {fps} is out of range: expected {expected}");
            return null;
        }
        return fps;
    }

    private static int? Duration(JsonObjectFields fields, int fps)
    {
        var expected = $"seconds, more than 0 and at most {ScenarioFormat.MaxDurationSeconds}";
        var seconds = fields.Number("duration", required: true, expected);
        if (seconds is null)
        {
            return null;
        }
        if (seconds is <= 0 or > ScenarioFormat.MaxDurationSeconds)
        {
            fields.Error("duration", $"duration {JsonObjectFields.Seconds(seconds.Value)} is out of range: expected {expected}");
            return null;
        }
        return Frames(fields, "duration", seconds.Value, fps);
    }

    /// <summary>Reads a length in seconds (a hold, interval or pause) as whole frames, at least one.</summary>
    private static int? Length(JsonObjectFields fields, string name, int fps)
    {
        var seconds = fields.Number(name, required: true, "seconds, more than 0");
        if (seconds is <= 0)
        {
            fields.Error(name, $"{name} must be more than 0 seconds, got {JsonObjectFields.Seconds(seconds.Value)}");
            return null;
        }
        return seconds is null ? null : Frames(fields, name, seconds.Value, fps);
    }

    private static int? Frames(JsonObjectFields fields, string name, double seconds, int fps)
    {
        var frames = ScenarioFormat.ToFrames(seconds, fps);
        if (frames < 1)
        {
            var minimum = JsonObjectFields.Seconds(Math.Ceiling(0.5 / fps * 10_000) / 10_000);
            fields.Error(name, $"{name} {JsonObjectFields.Seconds(seconds)} s is shorter than one frame at {fps} fps: expected at least {minimum} s");
            return null;
        }
        return frames;
    }

    /// <summary>The name becomes a folder name (simulations/, rollouts/): a plain slug, so it cannot point anywhere else.</summary>
    private static string? Name(JsonObjectFields fields)
    {
        var name = NonBlank(fields, "name", required: true);
        if (name is not null && !SafeName.IsValid(name))
        {
            fields.Error("name", $"name '{StoredText.Quote(name)}' is not a plain file name: expected {SafeName.Rule} (it names the scenario's output folders)");
            return null;
        }
        return name;
    }

    /// <summary>Free text a session would reject when longer than <paramref name="maxLength"/>: rejected here, before any run exists.</summary>
    private static string? Bounded(JsonObjectFields fields, string name, bool required, int maxLength)
    {
        var text = NonBlank(fields, name, required);
        if (text is not null && text.Length > maxLength)
        {
            fields.Error(name, $"{name} has {text.Length} characters: expected at most {maxLength}");
            return null;
        }
        return text;
    }

    private static string? NonBlank(JsonObjectFields fields, string name, bool required)
    {
        var text = fields.String(name, required, "a non-empty string");
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            fields.Error(name, $"{name} must not be empty");
            return null;
        }
        return text;
    }

    private static string? Preset(JsonObjectFields fields, string name, bool required)
    {
        var text = fields.String(name, required, "a preset name");
        if (text is null)
        {
            return null;
        }
        if (!ScenePresets.IsKnown(text))
        {
            fields.Error(name, $"unknown preset '{StoredText.Quote(text)}': expected one of {string.Join(", ", ScenePresets.Names)}");
            return null;
        }
        return text.Trim().ToLowerInvariant();
    }

    private AgentAction? Action(string path, JsonElement value)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(path, $"expected an action name ({ActionNames}), got {JsonObjectFields.Describe(value)}");
            return null;
        }
        var text = value.GetString();
        if (!AgentActions.TryParse(text, out var action))
        {
            errors.Add(path, $"unknown action '{StoredText.Quote(text)}': expected one of {ActionNames}");
            return null;
        }
        return action;
    }
}
