namespace Research.Engine.World;

/// <summary>
/// The deterministic ground-truth world: the same options, scene and action sequence always give
/// the same states and frames. Not thread-safe; one owner steps it.
/// </summary>
public sealed partial class WorldSimulator
{
    /// <summary>Agent radius in world units.</summary>
    public const float AgentRadius = 3f;

    /// <summary>Object radius in world units.</summary>
    public const float ObjectRadius = 2.5f;

    /// <summary>Agent walking speed, world units per frame.</summary>
    public const float WalkSpeed = 1f;

    private const float DashSpeed = 3f;
    private const int DashFrames = 6;
    private const int DashCooldown = 18;

    private Body[] _bodies;
    private float _agentX;
    private float _agentY;
    private int _facingX = 1;
    private int _facingY;
    private int _dashLeft;
    private int _cooldown;

    /// <summary>Creates the world of <paramref name="options"/> in the scene <paramref name="scene"/> (default: meadow).</summary>
    public WorldSimulator(WorldOptions options, SceneParameters? scene = null)
    {
        Options = options;
        Terrain = Terrain.Generate(options);
        Scene = scene ?? ScenePresets.Default;
        _agentX = _agentY = (Terrain.Tiles / 2 + 0.5f) * WorldOptions.TileSize;
        _bodies = SpawnObjects();
    }

    private WorldSimulator(WorldSimulator source)
    {
        Options = source.Options;
        Terrain = source.Terrain;
        Scene = source.Scene;
        Frame = source.Frame;
        _bodies = (Body[])source._bodies.Clone();
        (_agentX, _agentY, _facingX, _facingY) = (source._agentX, source._agentY, source._facingX, source._facingY);
        (_dashLeft, _cooldown) = (source._dashLeft, source._cooldown);
    }

    /// <summary>The options that fixed the layout.</summary>
    public WorldOptions Options { get; }

    /// <summary>The fixed layout.</summary>
    public Terrain Terrain { get; }

    /// <summary>The scene in effect; set it to change style and weather without touching the layout.</summary>
    public SceneParameters Scene { get; set; }

    /// <summary>Frames stepped so far.</summary>
    public long Frame { get; private set; }

    /// <summary>An independent copy with identical state, for forking a session at this frame.</summary>
    public WorldSimulator Clone() => new(this);

    /// <summary>Advances one frame under <paramref name="action"/>.</summary>
    public void Step(AgentAction action)
    {
        MoveAgent(action);
        MoveObjects();
        Frame++;
    }

    /// <summary>The exact ground truth now.</summary>
    public WorldState Snapshot()
    {
        var (cameraX, cameraY) = Camera();
        var active = ActiveCount();
        var objects = new ObjectState[_bodies.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            objects[i] = new ObjectState(i, _bodies[i].X, _bodies[i].Y, i < active);
        }
        const int tile = WorldOptions.TileSize;
        var last = WorldOptions.ViewSize - 0.001f;
        return new WorldState
        {
            Frame = Frame,
            Agent = new AgentState(_agentX, _agentY, _facingX, _facingY, _dashLeft > 0),
            Objects = objects,
            CameraX = cameraX,
            CameraY = cameraY,
            VisibleTiles = new TileRect((int)(cameraX / tile), (int)(cameraY / tile), (int)((cameraX + last) / tile), (int)((cameraY + last) / tile)),
            Scene = Scene,
        };
    }

    /// <summary>Top-left of the view: centred on the agent, clamped to the world; an arena's view is the world.</summary>
    public (float X, float Y) Camera()
    {
        var max = Options.Size - WorldOptions.ViewSize;
        const float half = WorldOptions.ViewSize / 2f;
        return (Math.Clamp(MathF.Round(_agentX - half), 0, max), Math.Clamp(MathF.Round(_agentY - half), 0, max));
    }

    internal ReadOnlySpan<Body> Bodies => _bodies;

    internal (float X, float Y) AgentPosition => (_agentX, _agentY);

    internal (int X, int Y) Facing => (_facingX, _facingY);

    internal bool Dashing => _dashLeft > 0;

    internal int ActiveCount() => (int)MathF.Round(_bodies.Length * Math.Clamp(Scene.ObjectDensity, 0f, 1f));

    private void MoveAgent(AgentAction action)
    {
        if (_cooldown > 0)
        {
            _cooldown--;
        }
        if (action == AgentAction.Dash && _dashLeft == 0 && _cooldown == 0)
        {
            _dashLeft = DashFrames;
            _cooldown = DashCooldown;
        }

        float dx = 0, dy = 0;
        if (_dashLeft > 0)
        {
            _dashLeft--;
            (dx, dy) = (_facingX * DashSpeed, _facingY * DashSpeed);
        }
        else
        {
            (dx, dy) = action switch
            {
                AgentAction.Up => (0f, -WalkSpeed),
                AgentAction.Down => (0f, WalkSpeed),
                AgentAction.Left => (-WalkSpeed, 0f),
                AgentAction.Right => (WalkSpeed, 0f),
                _ => (0f, 0f),
            };
            if (dx != 0 || dy != 0)
            {
                (_facingX, _facingY) = (Math.Sign(dx), Math.Sign(dy));
            }
        }
        _agentX = Math.Clamp(_agentX + dx, AgentRadius, Options.Size - AgentRadius);
        _agentY = Math.Clamp(_agentY + dy, AgentRadius, Options.Size - AgentRadius);
    }
}
