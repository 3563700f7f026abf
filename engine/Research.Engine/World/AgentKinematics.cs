namespace Research.Engine.World;

/// <summary>
/// The agent's motion state and the rule that moves it. Motion depends only on the actions and the world's
/// extent (objects bounce off the agent, never the reverse), so the simulator steps it and a world model can
/// dead-reckon the same pose from the actions alone, without ground truth.
/// </summary>
/// <param name="X">Centre, world units.</param>
/// <param name="Y">Centre, world units.</param>
/// <param name="FacingX">Last horizontal direction moved (-1, 0, 1).</param>
/// <param name="FacingY">Last vertical direction moved (-1, 0, 1).</param>
/// <param name="DashLeft">Frames of dash still to run.</param>
/// <param name="Cooldown">Frames until the next dash may start.</param>
/// <param name="WorldSize">World units along each side.</param>
public readonly record struct AgentKinematics(float X, float Y, int FacingX, int FacingY, int DashLeft, int Cooldown, int WorldSize)
{
    /// <summary>Agent radius in world units.</summary>
    public const float Radius = 3f;

    /// <summary>Walking speed, world units per frame.</summary>
    public const float WalkSpeed = 1f;

    private const float DashSpeed = 3f;
    private const int DashFrames = 6;
    private const int DashCooldown = 18;

    /// <summary>The starting pose in a world of <paramref name="options"/>: centre of the middle tile, facing right.</summary>
    public static AgentKinematics Start(WorldOptions options)
    {
        var centre = (options.Tiles / 2 + 0.5f) * WorldOptions.TileSize;
        return new AgentKinematics(centre, centre, 1, 0, 0, 0, options.Size);
    }

    /// <summary>Whether a dash is under way.</summary>
    public bool Dashing => DashLeft > 0;

    /// <summary>The pose one frame later under <paramref name="action"/>.</summary>
    public AgentKinematics Step(AgentAction action)
    {
        var cooldown = Math.Max(0, Cooldown - 1);
        var dashLeft = DashLeft;
        if (action == AgentAction.Dash && dashLeft == 0 && cooldown == 0)
        {
            (dashLeft, cooldown) = (DashFrames, DashCooldown);
        }
        var (facingX, facingY) = (FacingX, FacingY);
        float dx, dy;
        if (dashLeft > 0)
        {
            dashLeft--;
            (dx, dy) = (facingX * DashSpeed, facingY * DashSpeed);
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
                (facingX, facingY) = (Math.Sign(dx), Math.Sign(dy));
            }
        }
        return new AgentKinematics(
            Math.Clamp(X + dx, Radius, WorldSize - Radius), Math.Clamp(Y + dy, Radius, WorldSize - Radius),
            facingX, facingY, dashLeft, cooldown, WorldSize);
    }

    /// <summary>Top-left of the view in world units: centred on the agent, clamped to the world; an arena's view is the world.</summary>
    public (float X, float Y) Camera()
    {
        var max = WorldSize - WorldOptions.ViewSize;
        const float half = WorldOptions.ViewSize / 2f;
        return (Math.Clamp(MathF.Round(X - half), 0, max), Math.Clamp(MathF.Round(Y - half), 0, max));
    }
}
