using Research.Engine.World;

namespace Research.Engine.Models;

/// <summary>
/// The model's own pose: where it believes the agent and the camera are, integrated from the motion it predicted,
/// never read from the world. It also keeps what the motion predictor reads besides the frame: the recent actions
/// (a dash and its cool-down span 24 frames), the recent moves and how far the agent and the camera are from the
/// world's edges (where the camera stops following). The memory is keyed by this pose.
/// </summary>
public sealed class MotionTracker
{
    /// <summary>Actions the predictor sees, the newest last.</summary>
    public const int History = 24;

    /// <summary>Recent agent moves the predictor sees.</summary>
    public const int RecentMoves = 3;

    /// <summary>Length of <see cref="Features"/>.</summary>
    public const int FeatureCount = History * ActionCount + 2 + 2 * RecentMoves + 4 + 4 + 2 + 1;

    private const int ActionCount = 6;
    private const float Scale = 8f;
    private readonly byte[] _actions = new byte[History];
    private readonly float[] _moves = new float[2 * RecentMoves];

    /// <summary>A tracker at the pose <paramref name="pose"/> (the session's known start), with no history.</summary>
    public MotionTracker(AgentKinematics pose)
    {
        (AgentX, AgentY) = (pose.X, pose.Y);
        (CameraX, CameraY) = pose.Camera();
        (FacingX, FacingY) = (pose.FacingX, pose.FacingY);
        WorldSize = pose.WorldSize;
    }

    private MotionTracker(MotionTracker source)
    {
        (AgentX, AgentY, CameraX, CameraY, FacingX, FacingY, WorldSize) =
            (source.AgentX, source.AgentY, source.CameraX, source.CameraY, source.FacingX, source.FacingY, source.WorldSize);
        source._actions.CopyTo(_actions, 0);
        source._moves.CopyTo(_moves, 0);
    }

    /// <summary>Agent centre, world units, as the model believes.</summary>
    public float AgentX { get; private set; }

    /// <summary>Agent centre, world units, as the model believes.</summary>
    public float AgentY { get; private set; }

    /// <summary>Top-left of the view, world units, as the model believes.</summary>
    public float CameraX { get; private set; }

    /// <summary>Top-left of the view, world units, as the model believes.</summary>
    public float CameraY { get; private set; }

    /// <summary>Direction of the last move the model predicted (-1, 0, 1).</summary>
    public int FacingX { get; private set; }

    /// <summary>Direction of the last move the model predicted (-1, 0, 1).</summary>
    public int FacingY { get; private set; }

    /// <summary>World units along each side (a session setting, like the scene).</summary>
    public int WorldSize { get; }

    /// <summary>The agent's position in the view, pixels of a frame of <paramref name="size"/>.</summary>
    public (float X, float Y) AgentInView(int size)
    {
        var scale = size / (float)WorldOptions.ViewSize;
        return ((AgentX - CameraX) * scale, (AgentY - CameraY) * scale);
    }

    /// <summary>An independent copy.</summary>
    public MotionTracker Clone() => new(this);

    /// <summary>The pose as kinematics (dash state unknown to the model: reported as none).</summary>
    public AgentKinematics ToKinematics() => new(AgentX, AgentY, FacingX, FacingY, 0, 0, WorldSize);

    /// <summary>Replays a known past (used to start training windows mid-episode from the dataset's truth).</summary>
    public void Seed(IReadOnlyList<AgentAction> actions, IReadOnlyList<(float X, float Y)> moves)
    {
        Array.Clear(_actions);
        Array.Clear(_moves);
        for (var i = 0; i < Math.Min(History, actions.Count); i++)
        {
            _actions[History - 1 - i] = (byte)actions[actions.Count - 1 - i];
        }
        for (var i = 0; i < Math.Min(RecentMoves, moves.Count); i++)
        {
            var (x, y) = moves[moves.Count - 1 - i];
            _moves[2 * i] = x;
            _moves[2 * i + 1] = y;
        }
    }

    /// <summary>Writes the predictor's input for the step under <paramref name="action"/> into <paramref name="features"/>.</summary>
    public void Features(AgentAction action, Span<float> features)
    {
        if (features.Length != FeatureCount)
        {
            throw new ArgumentException($"Motion features have {FeatureCount} values, not {features.Length}.", nameof(features));
        }
        features.Clear();
        for (var i = 0; i < History; i++)
        {
            var a = i == History - 1 ? (byte)action : _actions[i + 1];
            features[i * ActionCount + a] = 1;
        }
        var o = History * ActionCount;
        features[o++] = FacingX;
        features[o++] = FacingY;
        for (var i = 0; i < 2 * RecentMoves; i++)
        {
            features[o++] = _moves[i] / 3f;
        }
        var radius = AgentKinematics.Radius;
        var far = WorldSize - WorldOptions.ViewSize;
        features[o++] = Room(AgentX - radius);
        features[o++] = Room(WorldSize - radius - AgentX);
        features[o++] = Room(AgentY - radius);
        features[o++] = Room(WorldSize - radius - AgentY);
        features[o++] = Room(CameraX);
        features[o++] = Room(far - CameraX);
        features[o++] = Room(CameraY);
        features[o++] = Room(far - CameraY);
        const float centre = WorldOptions.ViewSize / 2f;
        features[o++] = Math.Clamp((AgentX - CameraX - centre) / Scale, -4, 4);
        features[o++] = Math.Clamp((AgentY - CameraY - centre) / Scale, -4, 4);
        features[o] = WorldSize > WorldOptions.ViewSize ? 1 : 0;
    }

    /// <summary>
    /// Moves the pose by a predicted step: agent (dx, dy) and camera (dx, dy), world units. With
    /// <paramref name="snap"/> set, the pose is kept on the world's unit lattice, where the simulator's agent and camera
    /// always are (walks move 1 unit, dashes 3): a prediction a few hundredths off a whole unit would otherwise resample
    /// (and blur) the frame and drift the pose and the memory's key a little every frame. Measured on the shipped model
    /// (DefaultModelTests): 3.9 units off after 51 frames with a dash unsnapped, exact snapped.
    /// </summary>
    public void Advance(AgentAction action, float agentDx, float agentDy, float cameraDx, float cameraDy, bool snap)
    {
        if (!float.IsFinite(agentDx) || !float.IsFinite(agentDy) || !float.IsFinite(cameraDx) || !float.IsFinite(cameraDy))
        {
            throw new ArithmeticException($"The motion predictor gave a non-finite move ({agentDx}, {agentDy}, {cameraDx}, {cameraDy}).");
        }
        if (snap)
        {
            (agentDx, agentDy) = (MathF.Round(agentDx), MathF.Round(agentDy));
        }
        Array.Copy(_actions, 1, _actions, 0, History - 1);
        _actions[History - 1] = (byte)action;
        Array.Copy(_moves, 0, _moves, 2, 2 * RecentMoves - 2);
        (_moves[0], _moves[1]) = (agentDx, agentDy);
        AgentX = Math.Clamp(AgentX + agentDx, 0, WorldSize);
        AgentY = Math.Clamp(AgentY + agentDy, 0, WorldSize);
        var far = WorldSize - WorldOptions.ViewSize;
        CameraX = Math.Clamp(snap ? MathF.Round(CameraX + cameraDx) : CameraX + cameraDx, 0, far);
        CameraY = Math.Clamp(snap ? MathF.Round(CameraY + cameraDy) : CameraY + cameraDy, 0, far);
        // A move of under half a unit is no move: facing changes only on a clear step, as the agent's does.
        if (Math.Abs(agentDx) >= 0.5f || Math.Abs(agentDy) >= 0.5f)
        {
            (FacingX, FacingY) = Math.Abs(agentDx) >= Math.Abs(agentDy) ? (Math.Sign(agentDx), 0) : (0, Math.Sign(agentDy));
        }
    }

    private static float Room(float units) => Math.Clamp(units / Scale, 0, 4);
}
