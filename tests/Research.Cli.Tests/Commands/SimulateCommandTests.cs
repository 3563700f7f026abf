using System.Diagnostics;
using System.Text.Json;
using Research.Engine.Storage;

namespace Research.Cli.Tests.Commands;

public sealed class SimulateCommandTests
{
    [Fact]
    public async Task Simulate_EmbeddedDefault_WritesStripStateAndStoresRun()
    {
        using var temp = new TempDirectory();

        var (exit, output, error) = await CliProcess.Run("simulate", "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.True(exit == 0, output + error);
        Assert.True(new FileInfo(temp["out/strip.png"]).Length > 1000);
        var lines = File.ReadAllLines(temp["out/state.jsonl"]);
        Assert.Equal(600, lines.Length);
        using (var last = JsonDocument.Parse(lines[^1]))
        {
            Assert.Equal(600, last.RootElement.GetProperty("frame").GetInt32());
        }
        Assert.Equal(20, Directory.GetFiles(temp["out/frames"], "*.png").Length);
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = temp["data"] });
        var run = Assert.Single(store.QueryRuns(new RunQuery()));
        Assert.Equal(RunStatus.Completed, run.Status);
        Assert.Equal("revisit-loop", run.Scenario);
        Assert.Equal(600, store.GetFrames(run.Id).Count);
        Assert.Equal(0, store.GetLatestSummary(run.Id)!.Values["revisit_position_error_max"]);
        Assert.NotEmpty(store.ListKeyFrames(run.Id));
    }

    [Fact]
    public async Task Simulate_ShippedScenarioAt128_Succeeds()
    {
        using var temp = new TempDirectory();

        var (exit, output, error) = await CliProcess.Run(
            "simulate", "--scenario", "datasets/scenarios/prompt-storm.json", "--size", "128", "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.True(exit == 0, output + error);
        Assert.Equal(360, File.ReadAllLines(temp["out/state.jsonl"]).Length);
    }

    [Fact]
    public async Task Simulate_InvalidScenario_ExitsNonZeroNamingFileLineAndField()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["bad.json"], """
            {
              "name": "bad", "description": "", "seed": 1, "preset": "meadow", "duration": 5,
              "events": [
                { "at": 1, "type": "action", "action": "jmup", "hold": 1 }
              ]
            }
            """);

        var (exit, _, error) = await CliProcess.Run("simulate", "--scenario", temp["bad.json"], "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("bad.json:4", error);
        Assert.Contains("events[0].action", error);
        Assert.False(Directory.Exists(temp["out"]));
    }

    [Fact]
    public async Task Simulate_BadSize_ExitsNonZero()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await CliProcess.Run("simulate", "--size", "100", "--out", temp["out"], "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("multiple of 16", error);
    }

    [Fact]
    public async Task Simulate_KilledMidRun_RunReadableToLastFlushAndMarkedInterrupted()
    {
        using var temp = new TempDirectory();
        using var child = Process.Start(CliProcess.StartInfo(
            "simulate", "--scenario", "datasets/scenarios/sustained-5min.json", "--realtime", "--out", temp["out"], "--data-dir", temp["data"]))!;
        var lastFlushed = -1;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (lastFlushed < 60 && await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("frame ", StringComparison.Ordinal) && line.EndsWith(" flushed", StringComparison.Ordinal))
            {
                lastFlushed = int.Parse(line.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        child.Kill(entireProcessTree: true);
        await child.WaitForExitAsync(timeout.Token);

        Assert.True(lastFlushed >= 60, $"the child never reported a flush: {await child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken)}");
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = temp["data"] });
        var run = Assert.Single(store.QueryRuns(new RunQuery()));
        Assert.Equal(RunStatus.Interrupted, run.Status);
        Assert.True(run.LastFrame >= lastFlushed);
        var frames = store.GetFrames(run.Id);
        Assert.Equal(Enumerable.Range(1, run.LastFrame), frames.Select(f => f.Frame));
        Assert.False(Directory.Exists(temp["out"]), "no half-written output");
    }
}
