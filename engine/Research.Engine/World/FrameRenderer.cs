namespace Research.Engine.World;

/// <summary>
/// Draws a world's view as an RGB frame (row-major, 3 bytes a pixel). Any size that is a multiple of 16
/// up to 256 shows the same 64x64-unit view; larger frames show it in more detail. Keeps the painted
/// terrain between frames; one renderer per thread.
/// </summary>
public sealed partial class FrameRenderer
{
    /// <summary>The agent's colour, the same in every scene so the agent can be found in any frame.</summary>
    public static readonly Rgb AgentColour = Rgb.Hex("#e8288f");

    private TerrainTexture? _texture;

    /// <summary>Checks a frame size: a multiple of 16 from 16 to 256.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The size is not allowed.</exception>
    public static void ValidateSize(int size)
    {
        if (size < 16 || size > 256 || size % 16 != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, "Frame size must be a multiple of 16 from 16 to 256.");
        }
    }

    /// <summary>Renders a new frame of <paramref name="size"/> x <paramref name="size"/> pixels.</summary>
    public byte[] Render(WorldSimulator world, int size)
    {
        var frame = new byte[size * size * 3];
        Render(world, size, frame);
        return frame;
    }

    /// <summary>Renders into <paramref name="rgb"/>, which holds at least size * size * 3 bytes.</summary>
    public void Render(WorldSimulator world, int size, Span<byte> rgb)
    {
        ValidateSize(size);
        if (rgb.Length < size * size * 3)
        {
            throw new ArgumentException($"The buffer holds {rgb.Length} bytes; a {size}x{size} frame needs {size * size * 3}.", nameof(rgb));
        }
        var texture = TextureFor(world);
        var (cameraX, cameraY) = world.Camera();
        var unitsPerPixel = (float)WorldOptions.ViewSize / size;
        CopyTerrain(texture, cameraX, cameraY, unitsPerPixel, size, rgb);

        var scale = 1f / unitsPerPixel;
        var active = world.ActiveCount();
        var bodies = world.Bodies;
        var objectColour = world.Scene.Palette.Objects;
        for (var i = 0; i < active; i++)
        {
            DrawDisc(rgb, size, (bodies[i].X - cameraX) * scale, (bodies[i].Y - cameraY) * scale, WorldSimulator.ObjectRadius * scale, objectColour, rim: true);
        }
        var (agentX, agentY) = world.AgentPosition;
        var (facingX, facingY) = world.Facing;
        float ax = (agentX - cameraX) * scale, ay = (agentY - cameraY) * scale;
        DrawDisc(rgb, size, ax, ay, WorldSimulator.AgentRadius * scale, AgentColour, rim: false);
        DrawDisc(rgb, size, ax + facingX * 1.8f * scale, ay + facingY * 1.8f * scale, 0.9f * scale, new Rgb(255, 255, 255), rim: false);

        ApplyLighting(world.Scene, rgb, size, ax, ay, scale);
        ApplyWeather(world.Scene, world.Options.Seed, world.Frame, rgb, size, scale);
    }

    private TerrainTexture TextureFor(WorldSimulator world)
    {
        if (_texture is null || !ReferenceEquals(_texture.Terrain, world.Terrain) || _texture.Palette != world.Scene.Palette)
        {
            _texture = TerrainTexture.Paint(world.Terrain, world.Scene.Palette, world.Options.Seed);
        }
        return _texture;
    }

    private static void CopyTerrain(TerrainTexture texture, float cameraX, float cameraY, float unitsPerPixel, int size, Span<byte> rgb)
    {
        var texels = texture.Texels;
        var side = texture.Side;
        var step = unitsPerPixel * TerrainTexture.TexelsPerUnit;
        var originX = cameraX * TerrainTexture.TexelsPerUnit;
        var originY = cameraY * TerrainTexture.TexelsPerUnit;
        Span<int> columns = stackalloc int[size];
        for (var px = 0; px < size; px++)
        {
            columns[px] = Math.Min(side - 1, (int)(originX + (px + 0.5f) * step)) * 3;
        }
        for (var py = 0; py < size; py++)
        {
            var row = Math.Min(side - 1, (int)(originY + (py + 0.5f) * step)) * side * 3;
            var o = py * size * 3;
            for (var px = 0; px < size; px++, o += 3)
            {
                var t = row + columns[px];
                rgb[o] = texels[t];
                rgb[o + 1] = texels[t + 1];
                rgb[o + 2] = texels[t + 2];
            }
        }
    }

    /// <summary>Fills pixels whose centre lies within the disc; a rim darkens the edge so touching objects stay apart.</summary>
    private static void DrawDisc(Span<byte> rgb, int size, float cx, float cy, float radius, Rgb colour, bool rim)
    {
        int x0 = Math.Max(0, (int)MathF.Floor(cx - radius)), x1 = Math.Min(size - 1, (int)MathF.Ceiling(cx + radius));
        int y0 = Math.Max(0, (int)MathF.Floor(cy - radius)), y1 = Math.Min(size - 1, (int)MathF.Ceiling(cy + radius));
        var r2 = radius * radius;
        var inner2 = (radius - 0.9f) * (radius - 0.9f);
        for (var y = y0; y <= y1; y++)
        {
            for (var x = x0; x <= x1; x++)
            {
                float dx = x + 0.5f - cx, dy = y + 0.5f - cy;
                var d2 = dx * dx + dy * dy;
                if (d2 > r2)
                {
                    continue;
                }
                var o = (y * size + x) * 3;
                var dark = rim && d2 > inner2 ? 2 : 0;
                rgb[o] = (byte)(colour.R >> dark);
                rgb[o + 1] = (byte)(colour.G >> dark);
                rgb[o + 2] = (byte)(colour.B >> dark);
            }
        }
    }
}
