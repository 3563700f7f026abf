using System.Text.Json;
using Research.Engine.Scenarios;

namespace Research.Engine.Tests.Scenarios;

/// <summary>What a scenario may not hold because of where it ends up: its name in a path, its texts in a session.</summary>
public sealed class ScenarioLoaderLimitsTests
{
    [Theory]
    [InlineData("../../victim")]
    [InlineData("/tmp/victim")]
    [InlineData("C:\\victim")]
    [InlineData("sub/dir")]
    [InlineData("..")]
    [InlineData("two words")]
    public void Parse_NameThatIsNotAPlainFileName_FailsNamingFileLineAndField(string name)
    {
        var text = $$"""
            {
              "name": {{JsonSerializer.Serialize(name)}},
              "description": "", "seed": 1, "preset": "meadow", "duration": 1, "events": []
            }
            """;

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "evil.json"));

        var only = Assert.Single(error.Errors);
        Assert.Equal(("evil.json", 2, "name"), (only.File, only.Line, only.Field));
        Assert.Contains("not a plain file name", only.Message);
    }

    [Fact]
    public void Parse_OverLongPromptsAndLabel_FailNamingEachFieldWithoutQuotingThem()
    {
        var longPrompt = new string('p', ScenarioFormat.MaxPromptLength + 1);
        var hugePrompt = new string('q', 10_000_000);
        var longLabel = new string('l', ScenarioFormat.MaxLabelLength + 1);
        var text = $$"""
            {
              "name": "long", "description": "", "seed": 1, "preset": "meadow", "duration": 5,
              "prompt": "{{longPrompt}}",
              "events": [
                { "at": 1, "type": "prompt", "text": "{{hugePrompt}}" },
                { "at": 2, "type": "mark", "label": "{{longLabel}}" }
              ]
            }
            """;

        var error = Assert.Throws<ScenarioValidationException>(() => ScenarioLoader.Parse(text, "long.json"));

        Assert.Equal([(3, "prompt"), (5, "events[0].text"), (6, "events[1].label")], error.Errors.Select(e => (e.Line, e.Field)));
        Assert.Contains("10000000 characters: expected at most 200", error.Errors[1].Message);
        Assert.True(error.Message.Length < 1000, $"the message quotes the text: {error.Message.Length} characters");
    }

    [Fact]
    public void Parse_PromptAndLabelAtTheLimit_Accepted()
    {
        var text = $$"""
            {
              "name": "edge", "description": "", "seed": 1, "preset": "meadow", "duration": 5,
              "prompt": "{{new string('p', ScenarioFormat.MaxPromptLength)}}",
              "events": [{ "at": 2, "type": "mark", "label": "{{new string('l', ScenarioFormat.MaxLabelLength)}}" }]
            }
            """;

        var scenario = ScenarioLoader.Parse(text, "edge.json");

        Assert.Equal(ScenarioFormat.MaxPromptLength, scenario.Prompt!.Length);
    }
}
