using Research.Engine.Reports;

namespace Research.Engine.Tests.Reports;

public sealed class ParetoTests
{
    private static readonly ScatterPoint[] Points =
    [
        new("slow-bad", 20, 22), new("fast", 5, 20), new("mid", 10, 25), new("dominated", 12, 24),
        new("best", 20, 28), new("tie-worse", 5, 19), new("nan", double.NaN, 30),
    ];

    [Fact]
    public void Front_LowerXHigherY_KeepsOnlyUndominatedPointsByAscendingX()
    {
        var front = Pareto.Front(Points, ParetoGoal.LowerXHigherY);

        Assert.Equal(["fast", "mid", "best"], front.Select(p => p.Label));
    }

    [Fact]
    public void Front_LowerXLowerY_KeepsCheapestLowest()
    {
        var front = Pareto.Front(Points, ParetoGoal.LowerXLowerY);

        Assert.Equal(["tie-worse"], front.Select(p => p.Label));
    }

    [Fact]
    public void Front_None_Empty()
    {
        Assert.Empty(Pareto.Front(Points, ParetoGoal.None));
    }
}
