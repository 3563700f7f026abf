using Research.Engine.Scenarios;
using Research.Engine.World;

namespace Research.Engine.Tests.Scenarios;

public sealed class ScenarioLoaderTests
{
    [Fact]
    public void Parse_ValidFile_ConvertsSecondsToFramesAndKeepsLines()
    {
        var text = """
            {
              "name": "ok",
              "description": "",
              "seed": -7,
              "preset": "Snow",
              "prompt": "snowy night",
              "fps": 30,
              "explore": false,
              "duration": 2.5,
              "events": [
                { "at": 0.25, "type": "action", "action": "RIGHT", "hold": 0.0333 },
                { "at": 1, "type": "sequence", "actions": ["up", "dash"], "interval": 0.1, "repeat": 3 },
                { "at": 2, "type": "pause", "duration": 0.5 }
              ]
            }
            """;

        var scenario = ScenarioLoader.Parse(text, "ok.json");

        Assert.Equal(("ok", "", -7, "snow", "snowy night"), (scenario.Name, scenario.Description, scenario.Seed, scenario.Preset, scenario.Prompt));
        Assert.Equal((30, false, 75, "ok.json"), (scenario.Fps, scenario.Explore, scenario.DurationFrames, scenario.SourcePath));
        Assert.Equal(new ActionEvent(8, 11, AgentAction.Right, 1), scenario.Events[0]);
        var sequence = Assert.IsType<SequenceEvent>(scenario.Events[1]);
        Assert.Equal((30, 12, 3, 3, 18L), (sequence.Frame, sequence.Line, sequence.IntervalFrames, sequence.Repeat, sequence.TotalFrames));
        Assert.Equal([AgentAction.Up, AgentAction.Dash], sequence.Actions);
        Assert.Equal(new PauseEvent(60, 13, 15), scenario.Events[2]);
    }

    [Fact]
    public void Parse_OptionalFieldsAbsent_UsesDefaults()
    {
        var text = """{ "name": "d", "description": "x", "seed": 1, "preset": "cave", "duration": 1, "events": [] }""";

        var scenario = ScenarioLoader.Parse(text, "d.json");

        Assert.Equal((ScenarioFormat.DefaultFps, true, (string?)null, 30), (scenario.Fps, scenario.Explore, scenario.Prompt, scenario.DurationFrames));
        Assert.Empty(scenario.Events);
    }

    [Fact]
    public void Parse_EventsOutOfOrder_SortedByFrameStableOnTies()
    {
        var text = """
            { "name": "o", "description": "", "seed": 1, "preset": "meadow", "duration": 5, "events": [
              { "at": 3, "type": "mark", "label": "late" },
              { "at": 1, "type": "action", "action": "up", "hold": 1 },
              { "at": 1, "type": "action", "action": "down", "hold": 1 }
            ] }
            """;

        var scenario = ScenarioLoader.Parse(text, "o.json");

        Assert.Equal([3, 4, 2], scenario.Events.Select(e => e.Line));
        Assert.Equal([30, 30, 90], scenario.Events.Select(e => e.Frame));
    }

    [Fact]
    public void Parse_SeveralMistakes_ReportsEachWithLineAndField()
    {
        var text = """
            {
              "name": "broken",
              "description": "several mistakes",
              "seed": "42",
              "preset": "jungle",
              "duration": 10,
              "colour": "red",
              "events": [
                { "at": 0, "type": "action", "action": "jmup", "hold": 1 },
                { "at": 1, "type": "action", "action": "left", "hold": -2 },
                { "at": 10, "type": "mark", "label": "B" },
                { "at": 2, "type": "prompt", "txt": "snow" },
                { "at": 3, "type": "rate", "score": 9 },
                { "at": 4, "type": "jump" },
                {
                  "at": 5,
                  "type": "sequence",
                  "actions": ["up", 3],
                  "interval": 0.001
                }
              ]
            }
            """;

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "broken.json"));

        Assert.Equal(
            [
                (4, "seed"), (5, "preset"), (7, "colour"), (9, "events[0].action"), (10, "events[1].hold"), (11, "events[2].at"),
                (12, "events[3].txt"), (12, "events[3].text"), (13, "events[4].score"), (14, "events[5].type"),
                (18, "events[6].actions[1]"), (19, "events[6].interval"),
            ],
            error.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(error.Errors, e => Assert.Equal("broken.json", e.File));
        Assert.Equal("expected a whole number from -2147483648 to 2147483647, got the string \"42\"", error.Errors[0].Message);
        Assert.Equal("unknown preset 'jungle': expected one of meadow, desert, snow, shore, night-town, cave", error.Errors[1].Message);
        Assert.Contains("unknown field 'colour'", error.Errors[2].Message);
        Assert.Equal("unknown action 'jmup': expected one of idle, up, down, left, right, dash", error.Errors[3].Message);
        Assert.Equal("hold must be more than 0 seconds, got -2", error.Errors[4].Message);
        Assert.Contains("at or beyond the end", error.Errors[5].Message);
        Assert.Equal("unknown field 'txt' for prompt events: expected one of at, type, text", error.Errors[6].Message);
        Assert.Equal("missing required field 'text': expected a non-empty string", error.Errors[7].Message);
        Assert.Equal("score 9 is out of range: expected a whole number from 1 to 5", error.Errors[8].Message);
        Assert.StartsWith("unknown event type 'jump': expected one of action, sequence, prompt", error.Errors[9].Message);
        Assert.Contains("got the number 3", error.Errors[10].Message);
        Assert.Contains("shorter than one frame at 30 fps", error.Errors[11].Message);
    }

    [Fact]
    public void Parse_Invalid_MessageListsEveryErrorOnePerLine()
    {
        var text = """
            { "name": "m", "description": "", "seed": 1, "preset": "meadow", "duration": 10, "events": [
              { "at": 0, "type": "action", "action": "jmup", "hold": 1 },
              { "at": 1, "type": "mark", "label": "" }
            ] }
            """;

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "m.json"));

        Assert.Equal(
            [
                "m.json:2: events[0].action: unknown action 'jmup': expected one of idle, up, down, left, right, dash",
                "m.json:3: events[1].label: label must not be empty",
            ],
            error.Message.Split(Environment.NewLine));
    }

    [Fact]
    public void Parse_MalformedJson_ReportsLineOfSyntaxError()
    {
        var text = """
            {
              "name": "bad",
              "seed": 1
              "preset": "meadow"
            }
            """;

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "bad.json"));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("bad.json", 4, "seed"), (only.File, only.Line, only.Field));
        Assert.StartsWith("malformed JSON at column 3:", only.Message);
        Assert.DoesNotContain("LineNumber", only.Message);
    }

    [Theory]
    [InlineData("", 1)]
    [InlineData("{\n  \"events\": [\n    { \"at\": 1, }\n  ]\n}", 3)]
    public void Parse_TruncatedOrTrailingComma_ReportsMalformedJsonLine(string text, int line)
    {
        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "t.json"));

        Assert.Equal(line, Assert.Single(error.Errors).Line);
    }

    [Fact]
    public void Parse_MissingRequiredFields_NamesEachOne()
    {
        var text = """
            {
              "events": [
                { "type": "action" },
                { "at": 0 }
              ]
            }
            """;

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "m.json"));

        Assert.Equal(
            [
                (1, "name"), (1, "description"), (1, "seed"), (1, "preset"), (1, "duration"),
                (3, "events[0].at"), (3, "events[0].action"), (3, "events[0].hold"), (4, "events[1].type"),
            ],
            error.Errors.Select(e => (e.Line, e.Field)));
        Assert.All(error.Errors, e => Assert.StartsWith($"missing required field '{e.Field.Split('.')[^1]}'", e.Message));
    }

    [Fact]
    public void Parse_DuplicateFieldAndSecondPromptOnOneFrame_BothReported()
    {
        var text = """
            { "name": "d", "description": "", "seed": 1, "preset": "meadow", "duration": 10, "events": [
              { "at": 1, "type": "prompt", "text": "rain" },
              { "at": 1, "type": "prompt", "text": "snow",
                "text": "fog" }
            ] }
            """;

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "d.json"));

        Assert.Equal([(3, "events[1]"), (4, "events[1].text")], error.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("events[0] is on the same frame", error.Errors[0].Message);
        Assert.Equal("duplicate field 'text': each field may appear only once", error.Errors[1].Message);
    }

    [Theory]
    [InlineData("\"fps\": 0,", "fps", "fps 0 is out of range: expected a whole number from 1 to 240")]
    [InlineData("\"fps\": 30.5,", "fps", "expected a whole number from 1 to 240, got the number 30.5")]
    [InlineData("\"explore\": \"yes\",", "explore", "expected true or false, got the string \"yes\"")]
    [InlineData("\"prompt\": 5,", "prompt", "expected a non-empty string, got the number 5")]
    public void Parse_BadOptionalField_Reported(string field, string name, string message)
    {
        var text = "{ \"name\": \"x\", \"description\": \"\", \"seed\": 1, \"preset\": \"meadow\", \"duration\": 1, " + field + " \"events\": [] }";

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "x.json"));

        Assert.Equal((name, message), (Assert.Single(error.Errors).Field, error.Errors[0].Message));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("3600.5")]
    public void Parse_DurationOutOfRange_Reported(string duration)
    {
        var text = $$"""{ "name": "x", "description": "", "seed": 1, "preset": "meadow", "duration": {{duration}}, "events": [] }""";

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "x.json"));

        Assert.Equal("duration", Assert.Single(error.Errors).Field);
        Assert.Contains("at most 3600", error.Errors[0].Message);
    }

    [Fact]
    public void Parse_RootNotAnObject_Reported()
    {
        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse("[1, 2]", "a.json"));

        Assert.Equal(("(root)", "expected a scenario object, got an array"), (Assert.Single(error.Errors).Field, error.Errors[0].Message));
    }

    [Fact]
    public void Load_ShippedFile_SourcePathIsThePath()
    {
        var path = ScenarioFiles.PathOf("idle-60s.json");

        var scenario = ScenarioLoader.Load(path);

        Assert.Equal(path, scenario.SourcePath);
    }

    [Fact]
    public void Load_MissingFile_ThrowsFileNotFound()
    {
        Assert.Throws<FileNotFoundException>(() => ScenarioLoader.Load(ScenarioFiles.PathOf("no-such-scenario.json")));
    }
}
