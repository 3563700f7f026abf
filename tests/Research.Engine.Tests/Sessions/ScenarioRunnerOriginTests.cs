using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;
using Research.Engine.Storage;
using Research.Engine.Tests.Storage;
using Research.Engine.World;

namespace Research.Engine.Tests.Sessions;

/// <summary>A scenario run records where it came from, so the launch checklist can tell live sessions from replays and sweeps.</summary>
[Collection(TorchCollection.Name)]
public sealed class ScenarioRunnerOriginTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    [Theory]
    [InlineData(null, "replay")]
    [InlineData(RunOrigin.Sweep, "sweep")]
    public async Task RunAsync_FastReplay_StoresItsOrigin(RunOrigin? origin, string expected)
    {
        using var model = SessionTestModel.Create();
        using var store = StoreTestData.Open(_directory);
        var scenario = new Scenario("origin-test", "", 5, "meadow", "sunny", 30, true, 10, [new ActionEvent(2, 0, AgentAction.Right, 5)], null);

        var result = await ScenarioRunner.RunAsync(model, new ScenarioRunOptions(scenario, QualityMode.Fast, Origin: origin), store, cancellationToken: TestContext.Current.CancellationToken);

        var run = store.GetRun(result.RunId!)!;
        Assert.Equal(expected, run.Config[RunOrigins.ConfigKey]);
        Assert.Equal("fast", run.Config[RunOrigins.PaceKey]);
        Assert.Equal(RunOrigins.Parse(expected), RunOrigins.Of(run));
    }

    public void Dispose() => _directory.Dispose();
}
