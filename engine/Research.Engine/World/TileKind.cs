namespace Research.Engine.World;

/// <summary>Terrain class of one tile.</summary>
public enum TileKind : byte
{
    /// <summary>Open ground.</summary>
    Ground,

    /// <summary>Open ground, second shade.</summary>
    GroundAlt,

    /// <summary>Road; roads cross the whole world through the spawn point.</summary>
    Path,

    /// <summary>Water; objects bounce off it.</summary>
    Water,

    /// <summary>Rock; objects bounce off it.</summary>
    Rock,

    /// <summary>A landmark (see <see cref="Landmark"/>); objects bounce off it.</summary>
    Landmark,
}

/// <summary>A unique, recognisable feature at a tile: what a model's memory should keep.</summary>
/// <param name="TileX">Tile column.</param>
/// <param name="TileY">Tile row.</param>
/// <param name="Kind">Which of the landmark shapes (0 to <see cref="Terrain.LandmarkKinds"/> - 1).</param>
public readonly record struct Landmark(int TileX, int TileY, int Kind);
