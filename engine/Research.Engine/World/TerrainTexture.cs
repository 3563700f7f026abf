namespace Research.Engine.World;

/// <summary>
/// The terrain painted once per palette at <see cref="TexelsPerUnit"/> texels per world unit, so a frame
/// is a copy from this texture plus the moving parts. Texture noise is anchored to the world, so the
/// ground looks the same whenever the agent comes back.
/// </summary>
internal sealed class TerrainTexture
{
    public const int TexelsPerUnit = 2;

    private static readonly Rgb[] LandmarkColours =
        [Rgb.Hex("#1f5a2a"), Rgb.Hex("#a63d2a"), Rgb.Hex("#b0b0b8"), Rgb.Hex("#d9b13b"), Rgb.Hex("#3a5fcd"), Rgb.Hex("#9b4fd1")];

    private TerrainTexture(Terrain terrain, Palette palette, byte[] texels, int side)
    {
        Terrain = terrain;
        Palette = palette;
        Texels = texels;
        Side = side;
    }

    public Terrain Terrain { get; }

    public Palette Palette { get; }

    /// <summary>RGB rows, <see cref="Side"/> texels each.</summary>
    public byte[] Texels { get; }

    public int Side { get; }

    public static TerrainTexture Paint(Terrain terrain, Palette palette, int seed)
    {
        var side = terrain.Tiles * WorldOptions.TileSize * TexelsPerUnit;
        var texels = new byte[side * side * 3];
        var kindOf = terrain.Landmarks.ToDictionary(l => (l.TileX, l.TileY), l => l.Kind);
        const int texelsPerTile = WorldOptions.TileSize * TexelsPerUnit;
        for (var y = 0; y < side; y++)
        {
            for (var x = 0; x < side; x++)
            {
                int tx = x / texelsPerTile, ty = y / texelsPerTile;
                var noise = (int)(DeterministicRandom.Hash((ulong)seed, x / TexelsPerUnit, y / TexelsPerUnit) & 15) - 8;
                var kind = terrain[tx, ty];
                var colour = kind switch
                {
                    TileKind.Ground => Shade(palette.Ground, noise),
                    TileKind.GroundAlt => Shade(palette.GroundAlt, noise),
                    TileKind.Path => Shade(palette.Path, noise / 2),
                    TileKind.Water => Shade(palette.Water, (y / TexelsPerUnit + (x / 6 % 2) * 3) % 6 == 0 ? 22 : noise / 4),
                    TileKind.Rock => Shade(palette.Rock, noise * 2),
                    _ => LandmarkTexel(kindOf[(tx, ty)], x % texelsPerTile, y % texelsPerTile, palette),
                };
                var i = (y * side + x) * 3;
                (texels[i], texels[i + 1], texels[i + 2]) = (colour.R, colour.G, colour.B);
            }
        }
        return new TerrainTexture(terrain, palette, texels, side);
    }

    /// <summary>One of six shapes inside a landmark tile; (u, v) are texel offsets in the tile.</summary>
    private static Rgb LandmarkTexel(int kind, int u, int v, Palette palette)
    {
        const float centre = WorldOptions.TileSize * TexelsPerUnit / 2f;
        float du = u + 0.5f - centre, dv = v + 0.5f - centre;
        var r = MathF.Sqrt(du * du + dv * dv) / TexelsPerUnit;
        var colour = LandmarkColours[kind];
        var inside = kind switch
        {
            0 => r < 3.6f,
            1 => Math.Abs(du) < 6 && Math.Abs(dv) < 6,
            2 => r is > 1.5f and < 3.6f,
            3 => Math.Abs(du) + Math.Abs(dv) < 7.5f,
            4 => r is > 2.2f and < 3.8f,
            _ => (u / 4 + v / 4) % 2 == 0,
        };
        if (!inside)
        {
            return palette.Ground;
        }
        return kind == 1 && Math.Abs(du) < 2 && dv > 0 ? Shade(colour, -60) : colour;
    }

    private static Rgb Shade(Rgb c, int delta) => new(Clamp(c.R + delta), Clamp(c.G + delta), Clamp(c.B + delta));

    private static byte Clamp(int v) => (byte)Math.Clamp(v, 0, 255);
}
