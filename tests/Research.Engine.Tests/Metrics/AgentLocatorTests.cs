using Research.Engine.Metrics;
using Research.Engine.World;

namespace Research.Engine.Tests.Metrics;

public sealed class AgentLocatorTests
{
    [Theory]
    [MemberData(nameof(GroundTruthRun.PresetsAndVariants), MemberType = typeof(GroundTruthRun))]
    public void Locate_RenderedFramesOfEveryScene_FoundWithinOnePixel(string preset, string variant)
    {
        var scene = GroundTruthRun.Scene(preset, variant);
        var frames = GroundTruthRun.Render(scene, explore: true, steps: 60)
            .Concat(GroundTruthRun.Render(scene, explore: false, steps: 60));

        foreach (var step in frames)
        {
            var location = AgentLocator.Locate(step.Frame, 64);

            var (x, y) = AgentLocator.TruePosition(step.State, 64);
            Assert.True(location.Found, $"frame {step.State.Frame}: not found ({location})");
            Assert.InRange(location.DistanceTo(x, y)!.Value, 0f, 1f);
        }
    }

    [Theory]
    [InlineData(128)]
    [InlineData(256)]
    public void Locate_LargerFramesInStorms_FoundWithinOneWorldUnit(int size)
    {
        var scene = GroundTruthRun.Scene("snow", "rain-night");
        var pixelsPerUnit = size / 64f;

        foreach (var step in GroundTruthRun.Render(scene, explore: false, steps: 40, size))
        {
            var location = AgentLocator.Locate(step.Frame, size);

            var (x, y) = AgentLocator.TruePosition(step.State, size);
            Assert.True(location.Found);
            Assert.InRange(location.DistanceTo(x, y)!.Value, 0f, pixelsPerUnit);
        }
    }

    [Fact]
    public void Locate_AgentPaintedOver_NotFound()
    {
        var step = GroundTruthRun.Render(ScenePresets.Get("meadow"), explore: false, steps: 10)[^1];
        var frame = step.Frame.ToArray();
        var (x, y) = AgentLocator.TruePosition(step.State, 64);

        // Cover the disc with the ground twelve pixels to its left.
        for (var py = (int)y - 5; py <= (int)y + 5; py++)
        {
            for (var px = (int)x - 5; px <= (int)x + 5; px++)
            {
                Array.Copy(frame, (py * 64 + px - 12) * 3, frame, (py * 64 + px) * 3, 3);
            }
        }

        Assert.False(AgentLocator.Locate(frame, 64).Found);
    }

    [Fact]
    public void Locate_FrameWithoutMagenta_ReturnsNone()
    {
        var grey = Enumerable.Repeat((byte)128, 64 * 64 * 3).ToArray();

        var location = AgentLocator.Locate(grey, 64);

        Assert.Equal(AgentLocation.None, location);
        Assert.Null(location.DistanceTo(32, 32));
    }

    [Fact]
    public void Locate_NoisyFrames_StillFoundWithinTwoPixels()
    {
        var random = new Random(17);
        foreach (var step in GroundTruthRun.Render(GroundTruthRun.Scene("cave", "preset"), explore: true, steps: 30))
        {
            var noisy = step.Frame.Select(b => (byte)Math.Clamp(b + random.Next(-12, 13), 0, 255)).ToArray();

            var location = AgentLocator.Locate(noisy, 64);

            var (x, y) = AgentLocator.TruePosition(step.State, 64);
            Assert.True(location.Found, $"frame {step.State.Frame}: not found ({location})");
            Assert.InRange(location.DistanceTo(x, y)!.Value, 0f, 2f);
        }
    }

    [Fact]
    public void Locate_WrongFrameLength_Throws()
    {
        Assert.Throws<ArgumentException>(() => AgentLocator.Locate(new byte[64 * 64 * 3 - 1], 64));
    }
}
