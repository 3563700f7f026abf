namespace Research.Engine.World;

/// <summary>Lighting and weather, drawn over the finished scene.</summary>
public sealed partial class FrameRenderer
{
    private static readonly Rgb RainColour = new(170, 185, 215);
    private static readonly Rgb SnowColour = new(245, 248, 255);
    private static readonly Rgb FogColour = new(188, 190, 196);

    /// <summary>Scales colour by the time of day; at night a lantern lights a pool around the agent.</summary>
    private static void ApplyLighting(SceneParameters scene, Span<byte> rgb, int size, float agentX, float agentY, float scale)
    {
        var (r, g, b) = scene.TimeOfDay switch
        {
            TimeOfDay.Dawn => (236, 200, 196),
            TimeOfDay.Dusk => (232, 176, 150),
            TimeOfDay.Night => (82, 88, 130),
            _ => (256, 256, 256),
        };
        var lantern = scene.TimeOfDay == TimeOfDay.Night;
        if (r == 256 && !lantern)
        {
            return;
        }
        var reach2 = 20f * scale * (20f * scale);
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                var o = (y * size + x) * 3;
                int mr = r, mg = g, mb = b;
                if (lantern)
                {
                    float dx = x + 0.5f - agentX, dy = y + 0.5f - agentY;
                    var glow = 1f - (dx * dx + dy * dy) / reach2;
                    if (glow > 0)
                    {
                        var boost = (int)(glow * 190);
                        (mr, mg, mb) = (r + boost, g + boost * 9 / 10, b + boost * 6 / 10);
                    }
                }
                rgb[o] = (byte)Math.Min(255, rgb[o] * mr >> 8);
                rgb[o + 1] = (byte)Math.Min(255, rgb[o + 1] * mg >> 8);
                rgb[o + 2] = (byte)Math.Min(255, rgb[o + 2] * mb >> 8);
            }
        }
    }

    /// <summary>Screen-space particles whose paths are a pure function of seed and frame.</summary>
    private static void ApplyWeather(SceneParameters scene, int seed, long frame, Span<byte> rgb, int size, float scale)
    {
        var intensity = Math.Clamp(scene.WeatherIntensity, 0f, 1f);
        switch (scene.Weather)
        {
            case Weather.Rain:
                var drops = (int)(10 + 50 * intensity);
                for (var i = 0; i < drops; i++)
                {
                    var h = DeterministicRandom.Hash((ulong)seed, i, 7);
                    var x = (h % 64 + frame * 0.6f) % 64;
                    var y = ((h >> 16) % 64 + frame * 3f) % 64;
                    for (var k = 0; k < 4 * scale; k++)
                    {
                        Blend(rgb, size, (int)(x * scale + k * 0.3f), (int)(y * scale + k), RainColour, 190);
                    }
                }
                break;
            case Weather.Snow:
                var flakes = (int)(8 + 40 * intensity);
                for (var i = 0; i < flakes; i++)
                {
                    var h = DeterministicRandom.Hash((ulong)seed, i, 11);
                    var sway = ((frame / 8 + (long)(h >> 40)) % 4) is 0 or 1 ? 0.3f : -0.3f;
                    var x = ((h % 64) + frame * sway * 0.25f + 64) % 64;
                    var y = ((h >> 16) % 64 + frame * 0.5f) % 64;
                    Blend(rgb, size, (int)(x * scale), (int)(y * scale), SnowColour, 230);
                }
                break;
            case Weather.Fog:
                var amount = (int)(40 + 120 * intensity);
                for (var o = 0; o < size * size * 3; o += 3)
                {
                    rgb[o] = (byte)(rgb[o] + ((FogColour.R - rgb[o]) * amount >> 8));
                    rgb[o + 1] = (byte)(rgb[o + 1] + ((FogColour.G - rgb[o + 1]) * amount >> 8));
                    rgb[o + 2] = (byte)(rgb[o + 2] + ((FogColour.B - rgb[o + 2]) * amount >> 8));
                }
                break;
        }
    }

    private static void Blend(Span<byte> rgb, int size, int x, int y, Rgb colour, int alpha)
    {
        if ((uint)x >= (uint)size || (uint)y >= (uint)size)
        {
            return;
        }
        var o = (y * size + x) * 3;
        rgb[o] = (byte)(rgb[o] + ((colour.R - rgb[o]) * alpha >> 8));
        rgb[o + 1] = (byte)(rgb[o + 1] + ((colour.G - rgb[o + 1]) * alpha >> 8));
        rgb[o + 2] = (byte)(rgb[o + 2] + ((colour.B - rgb[o + 2]) * alpha >> 8));
    }
}
