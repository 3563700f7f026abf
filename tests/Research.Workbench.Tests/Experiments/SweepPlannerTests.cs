using Research.Workbench.Experiments;

namespace Research.Workbench.Tests.Experiments;

public sealed class SweepPlannerTests : IDisposable
{
    private readonly SweepFixture _fixture = new();

    [Fact]
    public void Plan_ValidRequestWithMitigations_EveryCombinationInOrder()
    {
        var problems = SweepPlanner.Plan(new SweepRequest(["tiny", "long"], ["fast", "quality"], 2, true), _fixture.Catalog, out var cells);

        Assert.Empty(problems);
        Assert.Equal(16, cells.Count);
        Assert.Equal(new SweepCell(0, "tiny", "fast", 7, "default"), cells[0]);
        Assert.Equal(new SweepCell(1, "tiny", "fast", 7, "no-mitigations"), cells[1]);
        Assert.Equal(new SweepCell(2, "tiny", "fast", 8, "default"), cells[2]);
        Assert.Equal(Enumerable.Range(0, 16), cells.Select(c => c.Index));
    }

    [Fact]
    public void Plan_UnknownScenarioAndMode_SaysWhichAndWhatExists()
    {
        var problems = SweepPlanner.Plan(new SweepRequest(["tiny", "nowhere"], ["turbo"], 1, false), _fixture.Catalog, out var cells);

        Assert.Empty(cells);
        Assert.Equal(
            ["Unknown scenario 'nowhere'; available: long, tiny.", "Unknown quality mode 'turbo'; expected one of: fast, balanced, quality."],
            problems);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Plan_SeedsOutOfRange_Refused(int seeds)
    {
        var problems = SweepPlanner.Plan(new SweepRequest(["tiny"], ["fast"], seeds, false), _fixture.Catalog, out _);

        Assert.Equal([$"Seeds must be between 1 and 5; got {seeds}."], problems);
    }

    [Fact]
    public void Plan_TooManyCells_RefusedWithTheCount()
    {
        var problems = SweepPlanner.Plan(new SweepRequest(["tiny", "long"], ["fast", "balanced", "quality"], 5, true), _fixture.Catalog, out _);

        Assert.Equal(["That sweep has 60 cells; the most is 48. Choose fewer scenarios, modes or seeds."], problems);
    }

    [Fact]
    public void Plan_NothingChosen_AsksForScenarioAndMode()
    {
        var problems = SweepPlanner.Plan(new SweepRequest([], [" "], 1, false), _fixture.Catalog, out _);

        Assert.Equal(["Choose at least one scenario.", "Choose at least one quality mode."], problems);
    }

    [Fact]
    public void Plan_CheckpointsMissing_SaysWhichFolder()
    {
        var catalog = new SweepCatalog(Path.GetTempPath(), Path.Combine(Path.GetTempPath(), "no-such-models", "default"));

        var problems = SweepPlanner.Plan(new SweepRequest([], ["fast"], 1, true), catalog, out _);

        Assert.Contains(problems, p => p.StartsWith("The default checkpoint is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("The no-mitigations checkpoint is missing", StringComparison.Ordinal));
    }

    public void Dispose() => _fixture.Dispose();
}
