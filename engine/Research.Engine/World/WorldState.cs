namespace Research.Engine.World;

/// <summary>The agent's ground truth at one frame, in world units.</summary>
/// <param name="X">Centre, horizontal.</param>
/// <param name="Y">Centre, vertical (down is positive).</param>
/// <param name="FacingX">Last horizontal move direction (-1, 0, 1).</param>
/// <param name="FacingY">Last vertical move direction (-1, 0, 1).</param>
/// <param name="Dashing">Whether a dash is under way.</param>
public readonly record struct AgentState(float X, float Y, int FacingX, int FacingY, bool Dashing);

/// <summary>One moving object's ground truth at one frame, in world units.</summary>
/// <param name="Id">Stable index in the world's object pool.</param>
/// <param name="X">Centre, horizontal.</param>
/// <param name="Y">Centre, vertical.</param>
/// <param name="Active">Whether it is drawn and collides (the scene's density decides).</param>
public readonly record struct ObjectState(int Id, float X, float Y, bool Active);

/// <summary>A rectangle of tiles, inclusive of both corners.</summary>
/// <param name="X0">First column.</param>
/// <param name="Y0">First row.</param>
/// <param name="X1">Last column.</param>
/// <param name="Y1">Last row.</param>
public readonly record struct TileRect(int X0, int Y0, int X1, int Y1);

/// <summary>Exact ground truth of the world after a frame: what drift is measured against.</summary>
public sealed record WorldState
{
    /// <summary>Frames stepped since the world was created.</summary>
    public required long Frame { get; init; }

    /// <summary>The agent.</summary>
    public required AgentState Agent { get; init; }

    /// <summary>Every object of the pool, active or not.</summary>
    public required IReadOnlyList<ObjectState> Objects { get; init; }

    /// <summary>Top-left corner of the view, world units, horizontal.</summary>
    public required float CameraX { get; init; }

    /// <summary>Top-left corner of the view, world units, vertical.</summary>
    public required float CameraY { get; init; }

    /// <summary>The world tiles the view shows, fully or partly.</summary>
    public required TileRect VisibleTiles { get; init; }

    /// <summary>The scene in effect.</summary>
    public required SceneParameters Scene { get; init; }
}
