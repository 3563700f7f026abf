using Research.Engine.World;

namespace Research.Engine.Tests.World;

public sealed class WorldSimulatorTests
{
    private static readonly SceneParameters EmptyScene = ScenePresets.Default with { ObjectDensity = 0f };

    [Fact]
    public void Step_SameSeedAndActions_IdenticalFramesAndStates()
    {
        var a = new WorldSimulator(new WorldOptions { Seed = 9 }, ScenePresets.Get("snow"));
        var b = new WorldSimulator(new WorldOptions { Seed = 9 }, ScenePresets.Get("snow"));
        var renderA = new FrameRenderer();
        var renderB = new FrameRenderer();

        for (var i = 0; i < 300; i++)
        {
            var action = ScriptedAction(i);
            a.Step(action);
            b.Step(action);
            Assert.Equal(renderA.Render(a, 64), renderB.Render(b, 64));
        }

        Assert.Equal(a.Snapshot().Agent, b.Snapshot().Agent);
        Assert.Equal(a.Snapshot().Objects, b.Snapshot().Objects);
    }

    [Fact]
    public void Step_DifferentSeeds_DifferentFrames()
    {
        var renderer = new FrameRenderer();

        var first = renderer.Render(new WorldSimulator(new WorldOptions { Seed = 1 }), 64);
        var second = renderer.Render(new WorldSimulator(new WorldOptions { Seed = 2 }), 64);

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void Step_ManyFrames_ObjectsStayInsideWorldAndKeepTheirEnergy()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 4 }, ScenePresets.Default with { ObjectDensity = 1f });
        var energyBefore = KineticEnergy(world);

        for (var i = 0; i < 3000; i++)
        {
            world.Step(ScriptedAction(i));
            foreach (var o in world.Snapshot().Objects)
            {
                Assert.InRange(o.X, 0f, world.Options.Size);
                Assert.InRange(o.Y, 0f, world.Options.Size);
            }
        }

        Assert.Equal(energyBefore, KineticEnergy(world), 0.01 * energyBefore);
    }

    [Fact]
    public void Step_ObjectsMove_CollisionsHappen()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 4, Explore = false }, ScenePresets.Default with { ObjectDensity = 1f });
        var before = world.Bodies.ToArray().Select(b => (b.VX, b.VY)).ToArray();

        for (var i = 0; i < 600; i++)
        {
            world.Step(AgentAction.Idle);
        }

        var after = world.Bodies.ToArray().Select(b => (b.VX, b.VY)).ToArray();
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void Step_AwayAndBack_AgentAndViewReturnExactly()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 5 }, EmptyScene);
        var renderer = new FrameRenderer();
        var start = renderer.Render(world, 64);
        var startAgent = world.Snapshot().Agent;

        Repeat(world, AgentAction.Left, 90);
        Repeat(world, AgentAction.Down, 70);
        var away = renderer.Render(world, 64);
        Repeat(world, AgentAction.Up, 70);
        Repeat(world, AgentAction.Right, 90);

        Assert.NotEqual(start, away);
        Assert.Equal((startAgent.X, startAgent.Y), (world.Snapshot().Agent.X, world.Snapshot().Agent.Y));
        Assert.Equal(start, renderer.Render(world, 64));
    }

    [Fact]
    public void Step_PastWorldEdge_AgentStaysInside()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 5, Explore = false });

        Repeat(world, AgentAction.Left, 200);

        Assert.Equal(WorldSimulator.AgentRadius, world.Snapshot().Agent.X);
    }

    [Fact]
    public void Step_Dash_MovesFasterThanWalking()
    {
        var walker = new WorldSimulator(new WorldOptions { Seed = 5 });
        var dasher = new WorldSimulator(new WorldOptions { Seed = 5 });
        walker.Step(AgentAction.Right);
        dasher.Step(AgentAction.Right);

        Repeat(walker, AgentAction.Right, 6);
        Repeat(dasher, AgentAction.Dash, 6);

        Assert.True(dasher.Snapshot().Agent.X > walker.Snapshot().Agent.X + 6);
    }

    [Fact]
    public void SceneChange_MidSession_KeepsLayoutAgentAndObjects()
    {
        var plain = new WorldSimulator(new WorldOptions { Seed = 6 });
        var restyled = new WorldSimulator(new WorldOptions { Seed = 6 });
        var renderer = new FrameRenderer();
        Repeat(plain, AgentAction.Right, 30);
        Repeat(restyled, AgentAction.Right, 30);

        restyled.Scene = PromptParser.Parse("heavy rain at night in the desert", restyled.Scene).Scene with { ObjectDensity = plain.Scene.ObjectDensity, ObjectSpeed = 1f };
        Repeat(plain, AgentAction.Down, 30);
        Repeat(restyled, AgentAction.Down, 30);

        Assert.Equal(plain.Terrain.Landmarks, restyled.Terrain.Landmarks);
        Assert.Equal(plain.Snapshot().Agent, restyled.Snapshot().Agent);
        Assert.Equal(plain.Snapshot().Objects, restyled.Snapshot().Objects);
        Assert.NotEqual(renderer.Render(plain, 64), renderer.Render(restyled, 64));
    }

    [Fact]
    public void Clone_ThenSameActions_IdenticalFrames()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 8 });
        Repeat(world, AgentAction.Up, 20);
        var fork = world.Clone();
        var renderer = new FrameRenderer();

        Repeat(world, AgentAction.Left, 40);
        Repeat(fork, AgentAction.Left, 40);

        Assert.Equal(renderer.Render(world, 128), renderer.Render(fork, 128));
    }

    [Fact]
    public void Snapshot_ExploreWorld_VisibleTilesFollowAgent()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 2 });
        var before = world.Snapshot().VisibleTiles;

        Repeat(world, AgentAction.Right, 40);

        var after = world.Snapshot().VisibleTiles;
        Assert.True(after.X0 > before.X0);
        Assert.Equal(before.Y0, after.Y0);
        Assert.InRange(after.X1 - after.X0, 7, 8);
    }

    [Theory]
    [InlineData(64)]
    [InlineData(128)]
    [InlineData(256)]
    public void Render_AllowedSize_FillsFrame(int size)
    {
        var frame = new FrameRenderer().Render(new WorldSimulator(new WorldOptions()), size);

        Assert.Equal(size * size * 3, frame.Length);
        Assert.True(frame.Distinct().Count() > 10);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100)]
    [InlineData(272)]
    public void Render_BadSize_Throws(int size)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FrameRenderer().Render(new WorldSimulator(new WorldOptions()), size));
    }

    private static AgentAction ScriptedAction(int frame) => AgentActions.All[frame / 23 % AgentActions.All.Count];

    private static void Repeat(WorldSimulator world, AgentAction action, int frames)
    {
        for (var i = 0; i < frames; i++)
        {
            world.Step(action);
        }
    }

    private static double KineticEnergy(WorldSimulator world) =>
        world.Bodies.ToArray().Sum(b => (double)b.VX * b.VX + (double)b.VY * b.VY);
}
