using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>
/// Random but human-looking steering for generating training data: walks that hold a direction, idle
/// stretches, dashes, bursts of jitter, and revisits that walk out a few segments and retrace them so
/// the agent (and the view) return exactly to where they were. Seeded: the same seed and the same
/// agent states give the same actions. One policy per episode; not thread-safe.
/// </summary>
public sealed class SteeringPolicy
{
    private static readonly AgentAction[] Directions = [AgentAction.Up, AgentAction.Down, AgentAction.Left, AgentAction.Right];

    private readonly Queue<SteeringStep> _plan = new();
    private readonly float _min;
    private readonly float _max;
    private DeterministicRandom _random;

    /// <summary>Creates a policy for a world of <paramref name="world"/>'s extent.</summary>
    public SteeringPolicy(ulong seed, WorldOptions world)
    {
        _random = new DeterministicRandom(seed);
        _min = WorldSimulator.AgentRadius;
        _max = world.Size - WorldSimulator.AgentRadius;
    }

    /// <summary>The next action, given the agent's state before it is applied.</summary>
    public SteeringStep Next(AgentState agent)
    {
        if (_plan.Count == 0)
        {
            Plan(agent);
        }
        return _plan.Dequeue();
    }

    private void Plan(AgentState agent)
    {
        var roll = _random.NextFloat();
        if (roll < 0.40f)
        {
            var direction = PickDirection(agent.X, agent.Y);
            Enqueue(direction, Between(10, 60), SteeringMode.Walk);
        }
        else if (roll < 0.60f)
        {
            Enqueue(AgentAction.Idle, Between(20, 90), SteeringMode.Idle);
        }
        else if (roll < 0.73f)
        {
            PlanDash(agent);
        }
        else if (roll < 0.88f)
        {
            PlanJitter();
        }
        else if (agent.Dashing || !PlanRevisit(agent))
        {
            // A dash in progress keeps moving the agent whatever it is told, which would break the
            // exact return; so would a world too small for a path. Stand still instead.
            Enqueue(AgentAction.Idle, Between(20, 90), SteeringMode.Idle);
        }
    }

    private void PlanDash(AgentState agent)
    {
        var direction = PickDirection(agent.X, agent.Y);
        Enqueue(direction, Between(3, 12), SteeringMode.Dash);
        Enqueue(AgentAction.Dash, Between(1, 2), SteeringMode.Dash);
        Enqueue(direction, Between(4, 20), SteeringMode.Dash);
    }

    private void PlanJitter()
    {
        var frames = Between(6, 40);
        while (frames > 0)
        {
            var action = _random.Next(20) == 0 ? AgentAction.Dash : AgentActions.All[_random.Next(5)];
            var run = Math.Min(frames, Between(1, 3));
            Enqueue(action, run, SteeringMode.Jitter);
            frames -= run;
        }
    }

    /// <summary>Plans two or three segments out, an optional pause, and the same segments back in reverse.</summary>
    private bool PlanRevisit(AgentState agent)
    {
        var segments = new List<(AgentAction Direction, int Frames)>();
        float x = agent.X, y = agent.Y;
        var wanted = Between(2, 3);
        for (var attempt = 0; attempt < 12 && segments.Count < wanted; attempt++)
        {
            var direction = Directions[_random.Next(4)];
            if (segments.Count > 0 && direction == Opposite(segments[^1].Direction))
            {
                continue;
            }
            // Stay a unit clear of the edge: a clamped step would not be undone by the step back.
            var frames = Math.Min(Between(8, 30), (int)Room(x, y, direction) - 1);
            if (frames < 4)
            {
                continue;
            }
            segments.Add((direction, frames));
            (x, y) = Move(x, y, direction, frames);
        }
        if (segments.Count == 0)
        {
            return false;
        }
        foreach (var (direction, frames) in segments)
        {
            Enqueue(direction, frames, SteeringMode.RevisitOut);
        }
        Enqueue(AgentAction.Idle, _random.Next(16), SteeringMode.RevisitOut);
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            Enqueue(Opposite(segments[i].Direction), segments[i].Frames, SteeringMode.RevisitBack);
        }
        return true;
    }

    /// <summary>A random direction, turned around when it faces a nearby edge.</summary>
    private AgentAction PickDirection(float x, float y)
    {
        var direction = Directions[_random.Next(4)];
        return Room(x, y, direction) < 16 ? Opposite(direction) : direction;
    }

    private float Room(float x, float y, AgentAction direction) => direction switch
    {
        AgentAction.Up => y - _min,
        AgentAction.Down => _max - y,
        AgentAction.Left => x - _min,
        _ => _max - x,
    };

    private static (float X, float Y) Move(float x, float y, AgentAction direction, int frames) => direction switch
    {
        AgentAction.Up => (x, y - frames * WorldSimulator.WalkSpeed),
        AgentAction.Down => (x, y + frames * WorldSimulator.WalkSpeed),
        AgentAction.Left => (x - frames * WorldSimulator.WalkSpeed, y),
        _ => (x + frames * WorldSimulator.WalkSpeed, y),
    };

    private static AgentAction Opposite(AgentAction direction) => direction switch
    {
        AgentAction.Up => AgentAction.Down,
        AgentAction.Down => AgentAction.Up,
        AgentAction.Left => AgentAction.Right,
        _ => AgentAction.Left,
    };

    private void Enqueue(AgentAction action, int frames, SteeringMode mode)
    {
        for (var i = 0; i < frames; i++)
        {
            _plan.Enqueue(new SteeringStep(action, mode));
        }
    }

    /// <summary>Uniform in [<paramref name="low"/>, <paramref name="high"/>].</summary>
    private int Between(int low, int high) => low + _random.Next(high - low + 1);
}
