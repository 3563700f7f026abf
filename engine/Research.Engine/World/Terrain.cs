namespace Research.Engine.World;

/// <summary>The fixed layout of a world: tiles and landmarks, generated from the seed.</summary>
public sealed class Terrain
{
    /// <summary>Number of distinct landmark shapes.</summary>
    public const int LandmarkKinds = 6;

    /// <summary>Road spacing in tiles (one viewport), so the agent is never far from a road.</summary>
    private const int RoadSpacing = 8;

    private readonly TileKind[] _tiles;

    private Terrain(int tiles, TileKind[] kinds, IReadOnlyList<Landmark> landmarks)
    {
        Tiles = tiles;
        _tiles = kinds;
        Landmarks = landmarks;
    }

    /// <summary>Tiles along each side.</summary>
    public int Tiles { get; }

    /// <summary>The landmarks, each on its own tile.</summary>
    public IReadOnlyList<Landmark> Landmarks { get; }

    /// <summary>The tile at (x, y); outside the world is rock.</summary>
    public TileKind this[int x, int y] =>
        (uint)x < (uint)Tiles && (uint)y < (uint)Tiles ? _tiles[y * Tiles + x] : TileKind.Rock;

    /// <summary>Whether objects bounce off the tile at (x, y).</summary>
    public bool IsSolid(int x, int y) => this[x, y] is TileKind.Water or TileKind.Rock or TileKind.Landmark;

    /// <summary>Generates the layout of <paramref name="options"/>.</summary>
    public static Terrain Generate(WorldOptions options)
    {
        var n = options.Tiles;
        var random = new DeterministicRandom((ulong)options.Seed * 0x2545F4914F6CDD1DUL + 17);
        var height = ValueNoise(n, 4, ref random);
        var shade = ValueNoise(n, 3, ref random);
        var kinds = new TileKind[n * n];
        var spawn = n / 2;
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                var road = (x - spawn) % RoadSpacing == 0 || (y - spawn) % RoadSpacing == 0;
                var h = height[y * n + x];
                kinds[y * n + x] = road ? TileKind.Path
                    : h < 0.24f ? TileKind.Water
                    : h > 0.80f ? TileKind.Rock
                    : shade[y * n + x] > 0.5f ? TileKind.GroundAlt : TileKind.Ground;
            }
        }

        var landmarks = new List<Landmark>();
        var wanted = options.Explore ? 8 : 2;
        for (var attempt = 0; attempt < 4000 && landmarks.Count < wanted; attempt++)
        {
            var x = random.Next(n);
            var y = random.Next(n);
            var free = kinds[y * n + x] is TileKind.Ground or TileKind.GroundAlt;
            var apart = landmarks.TrueForAll(l => Math.Abs(l.TileX - x) + Math.Abs(l.TileY - y) >= 4);
            if (free && apart)
            {
                landmarks.Add(new Landmark(x, y, landmarks.Count % LandmarkKinds));
                kinds[y * n + x] = TileKind.Landmark;
            }
        }
        return new Terrain(n, kinds, landmarks);
    }

    /// <summary>Smooth noise in [0, 1]: random values every <paramref name="cell"/> tiles, bilinearly blended.</summary>
    private static float[] ValueNoise(int n, int cell, ref DeterministicRandom random)
    {
        var knots = n / cell + 2;
        var grid = new float[knots * knots];
        for (var i = 0; i < grid.Length; i++)
        {
            grid[i] = random.NextFloat();
        }
        var values = new float[n * n];
        for (var y = 0; y < n; y++)
        {
            for (var x = 0; x < n; x++)
            {
                float fx = (float)x / cell, fy = (float)y / cell;
                int x0 = (int)fx, y0 = (int)fy;
                float tx = fx - x0, ty = fy - y0;
                var top = Lerp(grid[y0 * knots + x0], grid[y0 * knots + x0 + 1], tx);
                var bottom = Lerp(grid[(y0 + 1) * knots + x0], grid[(y0 + 1) * knots + x0 + 1], tx);
                values[y * n + x] = Lerp(top, bottom, ty);
            }
        }
        return values;
    }

    private static float Lerp(float a, float b, float t) => a + (b - a) * t;
}
