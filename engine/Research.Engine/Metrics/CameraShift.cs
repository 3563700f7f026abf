using Research.Engine.World;

namespace Research.Engine.Metrics;

/// <summary>
/// How far the view moved between two frames, in world units (at 64 px one unit is one pixel): (1, 0) means the
/// camera moved one unit right, so the scene scrolled one unit left on screen.
/// </summary>
/// <param name="X">Camera motion, horizontal.</param>
/// <param name="Y">Camera motion, vertical (down is positive).</param>
public readonly partial record struct CameraShift(float X, float Y)
{
    /// <summary>No motion: the camera of an arena, or of an explore world whose agent stood still.</summary>
    public static CameraShift None { get; } = new(0, 0);

    /// <summary>
    /// The ground truth's camera motion from <paramref name="previous"/> to <paramref name="next"/>: what the commanded
    /// actions make the view do, since the camera follows the agent.
    /// </summary>
    public static CameraShift Between(WorldState previous, WorldState next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        return new CameraShift(next.CameraX - previous.CameraX, next.CameraY - previous.CameraY);
    }
}
