using Research.Engine.Datasets;
using Research.Engine.World;

namespace Research.Engine.Tests.Datasets;

public sealed class SteeringPolicyTests
{
    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, false)]
    public void Next_ManyFrames_RevisitsReturnExactlyToTheirStart(int seed, bool explore)
    {
        var world = new WorldSimulator(new WorldOptions { Seed = seed, Explore = explore });
        var policy = new SteeringPolicy((ulong)seed, world.Options);
        var agent = world.Snapshot().Agent;
        var previous = SteeringMode.Idle;
        (float X, float Y) start = default;
        var furthest = 0f;
        var revisits = 0;

        for (var i = 0; i < 6000; i++)
        {
            var step = policy.Next(agent);
            if (previous == SteeringMode.RevisitBack && step.Mode != SteeringMode.RevisitBack)
            {
                Assert.Equal(start, (agent.X, agent.Y));
                revisits++;
            }
            if (step.Mode == SteeringMode.RevisitOut && previous != SteeringMode.RevisitOut)
            {
                start = (agent.X, agent.Y);
            }
            world.Step(step.Action);
            agent = world.Snapshot().Agent;
            if (step.Mode is SteeringMode.RevisitOut or SteeringMode.RevisitBack)
            {
                furthest = Math.Max(furthest, Math.Abs(agent.X - start.X) + Math.Abs(agent.Y - start.Y));
            }
            previous = step.Mode;
        }

        Assert.InRange(revisits, 5, 1000);
        Assert.True(furthest >= 16, $"revisits went at most {furthest} units away");
    }

    [Fact]
    public void Next_ManyFrames_MixesIdleStretchesWalksDashesAndJitter()
    {
        var world = new WorldSimulator(new WorldOptions { Seed = 4 });
        var policy = new SteeringPolicy(4, world.Options);
        var steps = new List<SteeringStep>();

        for (var i = 0; i < 5000; i++)
        {
            var step = policy.Next(world.Snapshot().Agent);
            world.Step(step.Action);
            steps.Add(step);
        }

        Assert.Equal(Enum.GetValues<SteeringMode>().Order(), steps.Select(s => s.Mode).Distinct().Order());
        Assert.Equal(AgentActions.All.Order(), steps.Select(s => s.Action).Distinct().Order());
        Assert.InRange(LongestRun(steps, s => s.Action == AgentAction.Idle && s.Mode == SteeringMode.Idle), 20, 400);
        Assert.InRange(steps.Count(s => s.Mode == SteeringMode.Idle) / 5000.0, 0.1, 0.5);
        Assert.Contains(steps, s => s.Mode == SteeringMode.Dash && s.Action == AgentAction.Dash);
    }

    [Fact]
    public void Next_SameSeedAndStates_SameActions()
    {
        var options = new WorldOptions { Seed = 5 };
        var a = new SteeringPolicy(11, options);
        var b = new SteeringPolicy(11, options);
        var agent = new WorldSimulator(options).Snapshot().Agent;

        var first = Enumerable.Range(0, 500).Select(_ => a.Next(agent)).ToArray();
        var second = Enumerable.Range(0, 500).Select(_ => b.Next(agent)).ToArray();

        Assert.Equal(first, second);
    }

    private static int LongestRun(List<SteeringStep> steps, Func<SteeringStep, bool> predicate)
    {
        int longest = 0, run = 0;
        foreach (var step in steps)
        {
            run = predicate(step) ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        return longest;
    }
}
