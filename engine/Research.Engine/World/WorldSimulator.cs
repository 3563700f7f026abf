namespace Research.Engine.World;

/// <summary>
/// The deterministic ground-truth world: the same options, scene and action sequence always give
/// the same states and frames. Not thread-safe; one owner steps it.
/// </summary>
public sealed partial class WorldSimulator
{
    /// <summary>Agent radius in world units.</summary>
    public const float AgentRadius = AgentKinematics.Radius;

    /// <summary>Object radius in world units.</summary>
    public const float ObjectRadius = 2.5f;

    /// <summary>Agent walking speed, world units per frame.</summary>
    public const float WalkSpeed = AgentKinematics.WalkSpeed;

    private Body[] _bodies;
    private AgentKinematics _agent;

    /// <summary>Creates the world of <paramref name="options"/> in the scene <paramref name="scene"/> (default: meadow).</summary>
    public WorldSimulator(WorldOptions options, SceneParameters? scene = null)
    {
        Options = options;
        Terrain = Terrain.Generate(options);
        Scene = scene ?? ScenePresets.Default;
        _agent = AgentKinematics.Start(options);
        _bodies = SpawnObjects();
    }

    private WorldSimulator(WorldSimulator source)
    {
        Options = source.Options;
        Terrain = source.Terrain;
        Scene = source.Scene;
        Frame = source.Frame;
        _bodies = (Body[])source._bodies.Clone();
        _agent = source._agent;
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
        _agent = _agent.Step(action);
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
            Agent = new AgentState(_agent.X, _agent.Y, _agent.FacingX, _agent.FacingY, _agent.Dashing),
            Objects = objects,
            CameraX = cameraX,
            CameraY = cameraY,
            VisibleTiles = new TileRect((int)(cameraX / tile), (int)(cameraY / tile), (int)((cameraX + last) / tile), (int)((cameraY + last) / tile)),
            Scene = Scene,
        };
    }

    /// <summary>Top-left of the view: centred on the agent, clamped to the world; an arena's view is the world.</summary>
    public (float X, float Y) Camera() => _agent.Camera();

    /// <summary>The agent's motion state (what a model can dead-reckon from the actions).</summary>
    public AgentKinematics Agent => _agent;

    internal ReadOnlySpan<Body> Bodies => _bodies;

    internal (float X, float Y) AgentPosition => (_agent.X, _agent.Y);

    internal (int X, int Y) Facing => (_agent.FacingX, _agent.FacingY);

    internal int ActiveCount() => (int)MathF.Round(_bodies.Length * Math.Clamp(Scene.ObjectDensity, 0f, 1f));
}
