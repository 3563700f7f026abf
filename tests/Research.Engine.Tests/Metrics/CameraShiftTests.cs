using Research.Engine.Metrics;
using Research.Engine.World;

namespace Research.Engine.Tests.Metrics;

public sealed class CameraShiftTests
{
    [Theory]
    [MemberData(nameof(GroundTruthRun.PresetsAndVariants), MemberType = typeof(GroundTruthRun))]
    public void Estimate_RenderedExploreRun_EqualsGroundTruth(string preset, string variant)
    {
        var run = GroundTruthRun.Render(GroundTruthRun.Scene(preset, variant), explore: true, steps: 80);

        for (var t = 1; t < run.Count; t++)
        {
            var before = AgentLocator.Locate(run[t - 1].Frame, 64);
            var after = AgentLocator.Locate(run[t].Frame, 64);

            var estimate = CameraShift.Estimate(run[t - 1].Frame, run[t].Frame, 64, before, after);

            Assert.Equal(CameraShift.Between(run[t - 1].State, run[t].State), estimate);
        }
    }

    [Fact]
    public void Estimate_LargerFrames_InWorldUnits()
    {
        var run = GroundTruthRun.Render(ScenePresets.Get("desert"), explore: true, steps: 30, size: 128, script: _ => AgentAction.Down);

        var estimate = CameraShift.Estimate(run[^2].Frame, run[^1].Frame, 128, AgentLocation.None, AgentLocation.None);

        Assert.Equal(new CameraShift(0, 1), estimate);
    }

    [Fact]
    public void Estimate_FramesBelowSixtyFourPixels_Throws()
    {
        var frame = new byte[32 * 32 * 3];

        Assert.Throws<ArgumentOutOfRangeException>(() => CameraShift.Estimate(frame, frame, 32, AgentLocation.None, AgentLocation.None));
    }

    [Fact]
    public void Between_ArenaStates_None()
    {
        var run = GroundTruthRun.Render(ScenePresets.Default, explore: false, steps: 3, script: _ => AgentAction.Right);

        Assert.Equal(CameraShift.None, CameraShift.Between(run[0].State, run[3].State));
    }
}
