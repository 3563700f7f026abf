using Research.Engine.World;

namespace Research.Engine.Metrics;

/// <summary>
/// Inverse dynamics: which action explains the agent's motion between two consecutive frames. Used to measure whether
/// a world model obeys its controls: <see cref="Matches(InferredMotion, float, float)"/> compares the motion inferred from the model's frames with
/// the action in effect in the ground truth under the same commands.
/// </summary>
/// <remarks>
/// The agent's world motion is its displacement on screen (found by <see cref="AgentLocator"/> in both frames, then measured by
/// aligning the agent's colour score map between them, which pixel noise and blur barely move) plus the camera's motion.
/// In an explore world the camera follows the agent, so the agent stays at the view's centre and its motion shows as the
/// scene scrolling the other way; at a world edge the camera clamps and the agent moves on screen instead; in an arena
/// the camera never moves. Summing the two terms covers all three cases.
/// The motion maps to an action with tolerances (in world units per frame): walking is 1, a dash is 3 along the facing
/// direction. Compare the result with the action in effect, not the one pressed: a dash continues for several frames
/// whatever is pressed, a dash pressed during its cool-down does not move the agent, and a walk into the world's edge
/// is idle; <see cref="Expected"/> reads all of that from the ground-truth states.
/// </remarks>
public static class ActionInference
{
    /// <summary>Motion below this on both axes, in world units, is <see cref="AgentAction.Idle"/>.</summary>
    /// <remarks>0.5.</remarks>
    public const float IdleBelow = 0.5f;

    /// <summary>Most motion along the main axis that still counts as a walk, in world units.</summary>
    /// <remarks>1.6 (a walk is 1).</remarks>
    public const float WalkUpTo = 1.6f;

    /// <summary>Least motion along the main axis that counts as a dash, in world units.</summary>
    /// <remarks>2 (a dash is 3).</remarks>
    public const float DashFrom = 2f;

    /// <summary>Most motion along the main axis that still counts as a dash, in world units; more is a jump no action explains.</summary>
    /// <remarks>4.5.</remarks>
    public const float DashUpTo = 4.5f;

    /// <summary>Motion across the main axis from which a move is ambiguous (actions move along one axis), in world units.</summary>
    /// <remarks>0.5.</remarks>
    public const float MaxCrossMotion = 0.5f;

    /// <summary>
    /// Infers the action between two frames whose camera motion is known, typically <see cref="CameraShift.Between"/> of the
    /// ground-truth states under the same commanded actions.
    /// </summary>
    /// <remarks>
    /// This measures the agent's motion against the view the commands imply; it cannot see whether the scene scrolled.
    /// In an explore world away from the edges the agent is drawn at the centre of every frame, so a model that keeps it
    /// there passes even with a frozen or reversed scene. Use <see cref="Infer(ReadOnlySpan{byte}, ReadOnlySpan{byte}, int)"/>,
    /// which reads the camera's motion from the frames, to hold the scene to account.
    /// </remarks>
    /// <exception cref="ArgumentException">A frame does not hold size x size RGB pixels.</exception>
    public static InferredMotion Infer(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> next, int size, CameraShift camera) =>
        Combine(AgentLocator.Locate(previous, size), AgentLocator.Locate(next, size), size, camera, previous, next);

    /// <summary>Infers the action between two frames, reading the camera's motion from them with <see cref="CameraShift.Estimate"/>.</summary>
    /// <exception cref="ArgumentException">A frame does not hold size x size RGB pixels, or the size is below <see cref="CameraShift.MinEstimateSize"/>.</exception>
    public static InferredMotion Infer(ReadOnlySpan<byte> previous, ReadOnlySpan<byte> next, int size)
    {
        var before = AgentLocator.Locate(previous, size);
        var after = AgentLocator.Locate(next, size);
        return Combine(before, after, size, CameraShift.Estimate(previous, next, size, before, after), previous, next);
    }

    /// <summary>The action in effect between two ground-truth states: the motion of the agent, classified.</summary>
    /// <returns>The action; null only when an edge clipped a dash to a length no action explains.</returns>
    public static AgentAction? Expected(WorldState previous, WorldState next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        return Classify(next.Agent.X - previous.Agent.X, next.Agent.Y - previous.Agent.Y);
    }

    /// <summary>
    /// Whether <paramref name="inferred"/> is the action in effect between two ground-truth states: the same action
    /// as <see cref="Expected"/> and, for a dash (whose direction the action does not name), the same direction.
    /// </summary>
    public static bool Matches(InferredMotion inferred, WorldState previous, WorldState next)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(next);
        return Matches(inferred, next.Agent.X - previous.Agent.X, next.Agent.Y - previous.Agent.Y);
    }

    /// <summary>
    /// Whether <paramref name="inferred"/> is the action that explains the true world motion (<paramref name="dx"/>,
    /// <paramref name="dy"/>) of the agent: the same action as <see cref="Classify"/> gives for it and, for a dash
    /// (whose direction the action does not name), the same direction. A motion no action explains matches nothing.
    /// </summary>
    /// <param name="inferred">The motion read from two frames.</param>
    /// <param name="dx">The agent's true motion in world units, horizontal.</param>
    /// <param name="dy">The agent's true motion in world units, vertical (down is positive).</param>
    public static bool Matches(InferredMotion inferred, float dx, float dy)
    {
        ArgumentNullException.ThrowIfNull(inferred);
        var expected = Classify(dx, dy);
        if (expected is null || inferred.Action != expected)
        {
            return false;
        }
        if (expected != AgentAction.Dash)
        {
            return true;
        }
        return Math.Abs(dx) >= Math.Abs(dy)
            ? Math.Abs(inferred.Dx) >= Math.Abs(inferred.Dy) && Math.Sign(inferred.Dx) == Math.Sign(dx)
            : Math.Abs(inferred.Dy) > Math.Abs(inferred.Dx) && Math.Sign(inferred.Dy) == Math.Sign(dy);
    }

    /// <summary>The action that explains a world-space motion, or null when none does (see the thresholds on this class).</summary>
    /// <param name="dx">Motion in world units, horizontal.</param>
    /// <param name="dy">Motion in world units, vertical (down is positive).</param>
    public static AgentAction? Classify(float dx, float dy)
    {
        float ax = Math.Abs(dx), ay = Math.Abs(dy);
        float major = Math.Max(ax, ay), minor = Math.Min(ax, ay);
        if (!float.IsFinite(major))
        {
            return null;
        }
        if (major < IdleBelow)
        {
            return AgentAction.Idle;
        }
        if (minor >= MaxCrossMotion)
        {
            return null;
        }
        if (major <= WalkUpTo)
        {
            return ax >= ay
                ? dx > 0 ? AgentAction.Right : AgentAction.Left
                : dy > 0 ? AgentAction.Down : AgentAction.Up;
        }
        return major is >= DashFrom and <= DashUpTo ? AgentAction.Dash : null;
    }

    private static InferredMotion Combine(
        AgentLocation previous, AgentLocation next, int size, CameraShift camera, ReadOnlySpan<byte> previousFrame, ReadOnlySpan<byte> nextFrame)
    {
        if (!previous.Found || !next.Found)
        {
            return new InferredMotion(null, float.NaN, float.NaN, camera, previous, next);
        }
        var unitsPerPixel = (float)WorldOptions.ViewSize / size;
        var (shiftX, shiftY) = AgentShift.Between(previousFrame, nextFrame, size, previous, next);
        var dx = shiftX * unitsPerPixel + camera.X;
        var dy = shiftY * unitsPerPixel + camera.Y;
        return new InferredMotion(Classify(dx, dy), dx, dy, camera, previous, next);
    }
}
