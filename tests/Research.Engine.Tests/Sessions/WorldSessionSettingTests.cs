using Research.Engine.Sessions;

namespace Research.Engine.Tests.Sessions;

/// <summary>What a frame says is in effect (preset, prompt) is what the world was built from, after switches and resets.</summary>
[Collection(TorchCollection.Name)]
public sealed class WorldSessionSettingTests
{
    [Fact]
    public void Reset_AfterPresetSwitch_FramesSayTheStartingPresetAgain()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { Preset = "meadow" });
        using var owned = session;
        session.Submit(SessionInput.Preset("desert"));
        var desert = session.Next(clock)!;

        var reset = session.Submit(SessionInput.Reset());
        var after = session.Next(clock)!;

        Assert.Equal("desert", desert.Preset);
        Assert.True(after.LastInputSeq >= reset.Seq);
        Assert.Equal("meadow", after.Preset);
        Assert.Null(after.Prompt);
    }

    [Fact]
    public void Reset_SessionStartedWithPrompt_PromptInEffectAgain()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model, new SessionOptions { Preset = "snow", Prompt = "foggy night" });
        using var owned = session;
        session.Submit(SessionInput.Prompt("sunny day"));
        var prompted = session.Next(clock)!;

        session.Submit(SessionInput.Reset());
        var after = session.Next(clock)!;

        Assert.Equal("sunny day", prompted.Prompt);
        Assert.Equal(("snow", "foggy night"), (after.Preset, after.Prompt));
        Assert.Equal("foggy night", session.Prompt);
    }

    [Fact]
    public void Submit_PresetWhilePromptInEffect_WarnsThePromptIsDroppedAndDropsIt()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        session.Submit(SessionInput.Prompt("rainy night"));
        var prompted = session.Next(clock)!;

        var receipt = session.Submit(SessionInput.Preset("snow"));
        var switched = session.Next(clock)!;

        Assert.Equal("rainy night", prompted.Prompt);
        Assert.True(receipt.Accepted);
        var warning = Assert.Single(receipt.Warnings);
        Assert.Contains("'rainy night' no longer applies", warning, StringComparison.Ordinal);
        Assert.Equal(("snow", (string?)null), (switched.Preset, switched.Prompt));
        Assert.Null(session.Prompt);
    }

    [Fact]
    public void Submit_PresetWithoutPrompt_NoWarning()
    {
        using var model = SessionTestModel.Create();
        var (session, _) = SessionTestModel.Start(model);
        using var owned = session;

        var receipt = session.Submit(SessionInput.Preset("cave"));

        Assert.True(receipt.Accepted);
        Assert.Empty(receipt.Warnings);
    }

    [Fact]
    public void Prompt_NamingAPreset_FrameSaysThatPreset()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;

        session.Submit(SessionInput.Prompt("snowy desert"));
        var frame = session.Next(clock)!;

        Assert.Equal(("desert", "snowy desert"), (frame.Preset, frame.Prompt));
    }

    [Fact]
    public void Fork_AfterSwitches_KeepsThePresetAndPromptInEffect()
    {
        using var model = SessionTestModel.Create();
        var (session, clock) = SessionTestModel.Start(model);
        using var owned = session;
        session.Submit(SessionInput.Preset("shore"));
        session.Next(clock);
        session.Submit(SessionInput.Prompt("windy dusk"));
        session.Next(clock);

        using var fork = session.Fork();
        var frame = fork.Next(clock)!;

        Assert.Equal(("shore", "windy dusk"), (frame.Preset, frame.Prompt));
    }
}
