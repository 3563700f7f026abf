using System.Diagnostics;
using Research.Engine.Storage;

namespace Research.Cli.Tests.Commands;

/// <summary><c>research run</c>: a scenario replayed as a live session with the shipped default model.</summary>
public sealed class RunCommandTests
{
    private const string Scenario = """
        {
          "name": "short-steer",
          "description": "",
          "seed": 3,
          "preset": "meadow",
          "fps": 30,
          "explore": true,
          "duration": 3,
          "events": [
            { "at": 0.2, "type": "action", "action": "right", "hold": 1 },
            { "at": 1.0, "type": "prompt", "text": "snowy night" },
            { "at": 1.5, "type": "softReset" },
            { "at": 2.0, "type": "rate", "score": 4 }
          ]
        }
        """;

    [Fact]
    public async Task Run_ShortScenario_StoresRunAndPrintsKpis()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["short.json"], Scenario);

        var (exit, output, error) = await CliProcess.Run(
            "run", "--scenario", temp["short.json"], "--threads", "1", "--tag", "ci", "--inject", "latent:0.5@0.5", "--data-dir", temp["data"]);

        Assert.True(exit == 0, error);
        Assert.Contains("first_response_p95_ms", output);
        Assert.Contains("soft_resets", output);
        Assert.Contains("injections_never_recovered", output);
        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = temp["data"] });
        var run = Assert.Single(store.QueryRuns(new RunQuery { Tag = "ci" }));
        Assert.Equal((RunStatus.Completed, "short-steer", "fast", 90), (run.Status, run.Scenario, run.QualityMode, run.LastFrame));
        Assert.Equal(90, store.GetFrames(run.Id).Count);
        Assert.Equal(["action", "inject", "prompt", "action", "softReset", "rate"], store.GetInputs(run.Id).Select(i => i.Kind));
        Assert.False(store.GetLatestSummary(run.Id)!.Partial);
    }

    [Fact]
    public async Task Run_ScenarioWithBadField_ExitsTwoNamingFileAndLine()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp["bad.json"], Scenario.Replace("\"score\": 4", "\"score\": 9", StringComparison.Ordinal));

        var (exit, _, error) = await CliProcess.Run("run", "--scenario", temp["bad.json"], "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("bad.json", error);
        Assert.Contains("bad.json:13: events[3].score", error);
    }

    [Fact]
    public async Task Run_TopLevelPromptOverTheLimit_ExitsTwoBeforeAnyModelOrRun()
    {
        using var temp = new TempDirectory();
        var prompt = new string('p', 10_000_000);
        File.WriteAllText(temp["long.json"], Scenario.Replace("\"preset\": \"meadow\",", $"\"preset\": \"meadow\", \"prompt\": \"{prompt}\",", StringComparison.Ordinal));

        var (exit, _, error) = await CliProcess.Run("run", "--scenario", temp["long.json"], "--checkpoint", temp["no-model"], "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("long.json:5: prompt: prompt has 10000000 characters: expected at most 200", error);
        Assert.True(error.Length < 2000, $"the error quotes the prompt: {error.Length} characters");
        Assert.False(Directory.Exists(temp["data"]), "no run store, so no run, was created");
    }

    [Fact]
    public async Task Run_RealtimeAndFast_ExitsTwo()
    {
        using var temp = new TempDirectory();

        var (exit, _, error) = await CliProcess.Run("run", "--realtime", "--fast", "--data-dir", temp["data"]);

        Assert.Equal(2, exit);
        Assert.Contains("--realtime and --fast", error);
    }

    [Fact]
    public async Task Run_KilledMidSession_RunReadableUpToLastFlushAndInterrupted()
    {
        using var temp = new TempDirectory();
        using var process = Process.Start(CliProcess.StartInfo(
            "run", "--scenario", "datasets/scenarios/sustained-5min.json", "--realtime", "--threads", "1", "--data-dir", temp["data"]))!;
        // Kill once the progress shows at least 1% of the 9,000 frames (90, past three flushes of 30), however slow
        // the machine is to start; a kill is what a crash looks like to the store.
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        wait.CancelAfter(TimeSpan.FromMinutes(2));
        while (await process.StandardOutput.ReadLineAsync(wait.Token) is { } line && !PastOnePercent(line))
        {
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);

        using var store = new LiteDbRunStore(new RunStoreOptions { DataDirectory = temp["data"] });
        var run = Assert.Single(store.QueryRuns(new RunQuery()));
        var frames = store.GetFrames(run.Id);
        Assert.Equal(RunStatus.Interrupted, run.Status);
        Assert.True(run.LastFrame >= 30, $"only {run.LastFrame} frames flushed");
        Assert.Equal(run.LastFrame, frames.Count);
        Assert.Equal(Enumerable.Range(1, frames.Count), frames.Select(f => f.Frame));
        Assert.True(store.GetSummaries(run.Id).Count >= 1 || run.LastFrame < 300);
    }

    private static bool PastOnePercent(string line) =>
        System.Text.RegularExpressions.Regex.Match(line, @"(\d+)%") is { Success: true } match && int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) >= 1;
}
