namespace Research.Engine.World;

/// <summary>Object physics: straight motion, bounces off solid tiles and the world's edge, elastic collisions.</summary>
public sealed partial class WorldSimulator
{
    private Body[] SpawnObjects()
    {
        var random = new DeterministicRandom((ulong)Options.Seed * 0x9E3779B97F4A7C15UL + 101);
        var count = Options.Explore ? 64 : 8;
        var bodies = new List<Body>(count);
        for (var attempt = 0; attempt < 10_000 && bodies.Count < count; attempt++)
        {
            var x = ObjectRadius + random.NextFloat() * (Options.Size - 2 * ObjectRadius);
            var y = ObjectRadius + random.NextFloat() * (Options.Size - 2 * ObjectRadius);
            var angle = random.NextFloat() * MathF.Tau;
            var speed = 0.4f + 0.8f * random.NextFloat();
            var clear = !Overlaps(x, y)
                && bodies.TrueForAll(b => Sq(b.X - x) + Sq(b.Y - y) > Sq(4 * ObjectRadius))
                && Sq(x - _agent.X) + Sq(y - _agent.Y) > Sq(4 * AgentRadius);
            if (clear)
            {
                bodies.Add(new Body(x, y, MathF.Cos(angle) * speed, MathF.Sin(angle) * speed));
            }
        }
        return [.. bodies];
    }

    private void MoveObjects()
    {
        var speed = Math.Clamp(Scene.ObjectSpeed, 0f, 3f);
        var active = ActiveCount();
        for (var i = 0; i < _bodies.Length; i++)
        {
            ref var b = ref _bodies[i];
            var stuck = Overlaps(b.X, b.Y);
            var nx = b.X + b.VX * speed;
            if (!stuck && Overlaps(nx, b.Y))
            {
                b.VX = -b.VX;
                nx = b.X;
            }
            var ny = b.Y + b.VY * speed;
            if (!stuck && Overlaps(nx, ny))
            {
                b.VY = -b.VY;
                ny = b.Y;
            }
            b.X = nx;
            b.Y = ny;
        }
        for (var i = 0; i < active; i++)
        {
            for (var j = i + 1; j < active; j++)
            {
                Collide(ref _bodies[i], ref _bodies[j]);
            }
            BounceOffAgent(ref _bodies[i]);
        }
    }

    /// <summary>Whether a body at (x, y) overlaps the world's edge or a solid tile.</summary>
    private bool Overlaps(float x, float y)
    {
        if (x < ObjectRadius || y < ObjectRadius || x > Options.Size - ObjectRadius || y > Options.Size - ObjectRadius)
        {
            return true;
        }
        const float tile = WorldOptions.TileSize;
        int x0 = (int)((x - ObjectRadius) / tile), x1 = (int)((x + ObjectRadius) / tile);
        int y0 = (int)((y - ObjectRadius) / tile), y1 = (int)((y + ObjectRadius) / tile);
        return Terrain.IsSolid(x0, y0) || Terrain.IsSolid(x1, y0) || Terrain.IsSolid(x0, y1) || Terrain.IsSolid(x1, y1);
    }

    /// <summary>Equal-mass elastic collision: the velocity components along the contact normal are exchanged.</summary>
    private static void Collide(ref Body a, ref Body b)
    {
        float dx = b.X - a.X, dy = b.Y - a.Y;
        var d2 = dx * dx + dy * dy;
        const float reach = 2 * ObjectRadius;
        if (d2 >= reach * reach || d2 < 1e-6f)
        {
            return;
        }
        var d = MathF.Sqrt(d2);
        float nx = dx / d, ny = dy / d;
        var approach = (a.VX - b.VX) * nx + (a.VY - b.VY) * ny;
        if (approach <= 0)
        {
            return;
        }
        a.VX -= approach * nx;
        a.VY -= approach * ny;
        b.VX += approach * nx;
        b.VY += approach * ny;
    }

    /// <summary>The agent is an immovable disc: an object running into it is reflected.</summary>
    private void BounceOffAgent(ref Body b)
    {
        float dx = b.X - _agent.X, dy = b.Y - _agent.Y;
        var d2 = dx * dx + dy * dy;
        const float reach = AgentRadius + ObjectRadius;
        if (d2 >= reach * reach || d2 < 1e-6f)
        {
            return;
        }
        var d = MathF.Sqrt(d2);
        float nx = dx / d, ny = dy / d;
        var along = b.VX * nx + b.VY * ny;
        if (along < 0)
        {
            b.VX -= 2 * along * nx;
            b.VY -= 2 * along * ny;
        }
    }

    private static float Sq(float v) => v * v;

    /// <summary>A moving object: position and base velocity (scaled by the scene's speed when it moves).</summary>
    internal struct Body(float x, float y, float vx, float vy)
    {
        public float X = x;
        public float Y = y;
        public float VX = vx;
        public float VY = vy;
    }
}
