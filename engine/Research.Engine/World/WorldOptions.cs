namespace Research.Engine.World;

/// <summary>What fixes a world's layout: its seed and its extent.</summary>
public sealed record WorldOptions
{
    /// <summary>World units per terrain tile.</summary>
    public const int TileSize = 8;

    /// <summary>World units across the square viewport; frames of any size show this much of the world.</summary>
    public const int ViewSize = 64;

    /// <summary>Seed of terrain, landmarks, objects and weather.</summary>
    /// <remarks>Default 1.</remarks>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Explore worlds are 32x32 tiles (four viewports across) and the view follows the agent, so places
    /// leave the view and come back; otherwise the world is one viewport (an arena).
    /// </summary>
    /// <remarks>Default true.</remarks>
    public bool Explore { get; init; } = true;

    /// <summary>Tiles along each side of the world.</summary>
    public int Tiles => Explore ? 32 : ViewSize / TileSize;

    /// <summary>World units along each side of the world.</summary>
    public int Size => Tiles * TileSize;
}
