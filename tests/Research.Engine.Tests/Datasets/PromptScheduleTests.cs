using Research.Engine.Datasets;
using Research.Engine.World;

namespace Research.Engine.Tests.Datasets;

public sealed class PromptScheduleTests
{
    [Theory]
    [InlineData("meadow")]
    [InlineData("snow")]
    [InlineData("night-town")]
    public void At_FirstFrame_PromptNamesTheEpisodePreset(string preset)
    {
        for (ulong seed = 0; seed < 20; seed++)
        {
            var prompt = new PromptSchedule(seed, preset).At(0);

            var parsed = PromptParser.Parse(prompt!, ScenePresets.Get("desert"));
            Assert.Equal(preset, parsed.Scene.Preset);
            Assert.Empty(parsed.Warnings);
        }
    }

    [Fact]
    public void At_EveryFrame_ChangesEveryFewHundredFramesWithKnownWords()
    {
        var schedule = new PromptSchedule(3, "cave");

        var changes = Enumerable.Range(0, 20_000).Select(t => (Frame: t, Prompt: schedule.At(t))).Where(c => c.Prompt is not null).ToArray();

        var gaps = changes.Zip(changes.Skip(1), (a, b) => b.Frame - a.Frame).ToArray();
        Assert.All(gaps, gap => Assert.InRange(gap, PromptSchedule.MinInterval, PromptSchedule.MaxInterval));
        Assert.All(changes, c => Assert.Empty(PromptParser.Parse(c.Prompt!, ScenePresets.Default).Warnings));
        Assert.True(changes.Select(c => c.Prompt).Distinct().Count() > changes.Length / 2);
    }
}
