using Research.Engine.World;

namespace Research.Engine.Tests.World;

public sealed class AgentKinematicsTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Step_RandomActions_DeadReckoningMatchesSimulator(bool explore)
    {
        var options = new WorldOptions { Seed = 5, Explore = explore };
        var world = new WorldSimulator(options);
        var pose = AgentKinematics.Start(options);
        var random = new Random(3);
        for (var t = 0; t < 2000; t++)
        {
            // Long runs in one direction reach the world's edges, where clamping must agree too.
            var action = AgentActions.All[random.Next(10) < 7 ? (t / 150) % 4 + 1 : random.Next(AgentActions.All.Count)];
            world.Step(action);
            pose = pose.Step(action);

            var truth = world.Snapshot();
            Assert.Equal((truth.Agent.X, truth.Agent.Y, truth.Agent.Dashing), (pose.X, pose.Y, pose.Dashing));
            Assert.Equal((truth.CameraX, truth.CameraY), pose.Camera());
        }
    }

    [Fact]
    public void Step_DashTwiceInARow_SecondWaitsForCooldown()
    {
        var pose = AgentKinematics.Start(new WorldOptions());

        var dashed = pose.Step(AgentAction.Dash);
        var afterDash = Enumerable.Range(0, 5).Aggregate(dashed, (p, _) => p.Step(AgentAction.Idle));
        var again = afterDash.Step(AgentAction.Dash);

        Assert.Equal(pose.X + 3f, dashed.X);
        Assert.Equal(afterDash.X, again.X);
    }
}
