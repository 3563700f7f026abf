using System.Diagnostics;
using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;

namespace Research.Engine.Benchmarks;

/// <summary>Memory over a long session: resident set at the end of every session minute of a fast replay.</summary>
public static partial class SessionBenchmark
{
    /// <summary>
    /// Replays sustained-5min's events over and over for <see cref="SessionBenchmarkOptions.MemoryMinutes"/> session
    /// minutes as fast as the machine computes (<see cref="ManualTimeProvider"/>), sampling the resident set after a full
    /// garbage collection before the first frame and at the end of every session minute. The session is not recorded:
    /// in a replay faster than real time the recorder's queue would measure the disk's pace, not the session's memory.
    /// </summary>
    private static MemoryResult MeasureMemory(
        WorldModel model, SessionBenchmarkOptions options, Scenario sustained, IProgress<SessionBenchmarkProgress>? progress, CancellationToken cancellationToken)
    {
        var minuteFrames = Frames(sustained, 60);
        var scenario = ScenarioEdits.Repeat(sustained, minuteFrames * options.MemoryMinutes);
        var stage = $"memory: {options.MemoryMinutes} session minutes of {sustained.Name} replayed fast";
        progress?.Report(new SessionBenchmarkProgress(stage, 0, options.MemoryMinutes));
        ScenarioRunner.WarmUp(model, QualityMode.Fast);
        var driver = new ScenarioDriver(scenario);
        var clock = new ManualTimeProvider();
        var wall = Stopwatch.StartNew();
        var samples = new List<MemorySample> { new(0, 0, ProcessMemory.ResidentBytesAfterCollect(), 0) };
        using (var session = new WorldSession(model, driver.Options(QualityMode.Fast), clock))
        {
            driver.RunFast(session, clock, frame =>
            {
                if (frame.Frame % minuteFrames == 0)
                {
                    var minute = (int)(frame.Frame / minuteFrames);
                    samples.Add(new MemorySample(minute, frame.Frame, ProcessMemory.ResidentBytesAfterCollect(), wall.Elapsed.TotalSeconds));
                    progress?.Report(new SessionBenchmarkProgress(stage, minute, options.MemoryMinutes));
                }
            }, cancellationToken);
        }
        return new MemoryResult($"{sustained.Name} repeated", options.MemoryMinutes, samples, wall.Elapsed.TotalSeconds);
    }
}
