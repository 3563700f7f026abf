using Research.Engine.World;

namespace Research.Engine.Tests.World;

public sealed class PromptParserTests
{
    [Fact]
    public void Parse_KnownWords_SetsEveryRole()
    {
        var parsed = PromptParser.Parse("Heavy rain at night in a busy, calm desert", ScenePresets.Default);

        Assert.Empty(parsed.Warnings);
        Assert.Equal("desert", parsed.Scene.Preset);
        Assert.Equal(TimeOfDay.Night, parsed.Scene.TimeOfDay);
        Assert.Equal(Weather.Rain, parsed.Scene.Weather);
        Assert.Equal(1f, parsed.Scene.WeatherIntensity);
        Assert.Equal(1f, parsed.Scene.ObjectDensity);
        Assert.Equal(0.5f, parsed.Scene.ObjectSpeed);
        Assert.Equal(ScenePresets.Get("desert").Palette, parsed.Scene.Palette);
    }

    [Fact]
    public void Parse_UnknownWords_WarnsWithOffsetAndKeepsTheRest()
    {
        var parsed = PromptParser.Parse("purple rain over zorblax", ScenePresets.Default);

        Assert.Equal(["purple", "zorblax"], parsed.Warnings.Select(w => w.Word));
        Assert.Equal(0, parsed.Warnings[0].Offset);
        Assert.Equal(17, parsed.Warnings[1].Offset);
        Assert.Contains("zorblax", parsed.Warnings[1].Message);
        Assert.Equal(Weather.Rain, parsed.Scene.Weather);
        Assert.Equal(PromptVocabulary.UnknownToken, parsed.Tokens[0]);
        Assert.Equal(4, parsed.Tokens.Count);
    }

    [Fact]
    public void Parse_NoPreset_KeepsCurrentSceneForWhatIsUnsaid()
    {
        var current = ScenePresets.Get("shore") with { TimeOfDay = TimeOfDay.Dusk };

        var parsed = PromptParser.Parse("foggy", current);

        Assert.Equal("shore", parsed.Scene.Preset);
        Assert.Equal(TimeOfDay.Dusk, parsed.Scene.TimeOfDay);
        Assert.Equal(Weather.Fog, parsed.Scene.Weather);
    }

    [Fact]
    public void Parse_NegatedWeather_Clear()
    {
        var parsed = PromptParser.Parse("snowy town with no snow", ScenePresets.Default);

        Assert.Equal(Weather.Clear, parsed.Scene.Weather);
        Assert.Equal("night-town", parsed.Scene.Preset);
    }

    [Fact]
    public void Parse_TwoPresets_LastWinsWithWarning()
    {
        var parsed = PromptParser.Parse("beach cave", ScenePresets.Default);

        Assert.Equal("cave", parsed.Scene.Preset);
        Assert.Single(parsed.Warnings);
    }

    [Fact]
    public void Vocabulary_Tokens_AreUniqueAndAboveReservedIds()
    {
        var tokens = PromptVocabulary.Entries.Select(e => { PromptVocabulary.TryGet(e.Word, out _, out var t); return t; }).ToList();

        Assert.Equal(tokens.Count, tokens.Distinct().Count());
        Assert.All(tokens, t => Assert.InRange(t, 2, PromptVocabulary.TokenCount - 1));
    }

    [Fact]
    public void ToMarkdown_CommittedVocabularyDoc_IsUpToDate()
    {
        var committed = Path.Combine(Scenarios.ScenarioFiles.Directory, "..", "..", "engine", "Research.Engine", "World", "vocabulary.md");

        Assert.True(File.Exists(committed), $"missing {committed}: run `research prompt --vocabulary > engine/Research.Engine/World/vocabulary.md`");
        Assert.Equal(PromptVocabulary.ToMarkdown(), File.ReadAllText(committed));
    }
}
