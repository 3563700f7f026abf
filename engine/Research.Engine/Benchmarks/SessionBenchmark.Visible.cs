using Research.Engine.Metrics;
using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Sessions;

namespace Research.Engine.Benchmarks;

/// <summary>Visible response: how soon an input changes the picture, against a fork of the session that never got it.</summary>
public static partial class SessionBenchmark
{
    /// <summary>
    /// Replays rapid-steering fast and deterministically (inputs at seeded moments within each frame interval, as
    /// <see cref="ScenarioDriver.RunFast"/> does). At up to <see cref="SessionBenchmarkOptions.VisibleSamples"/>
    /// action changes spread evenly over the scenario, the session is forked just before the input is sent; the fork is
    /// the counterfactual "no input" branch. The input goes to the main session only, every other input to both, and
    /// both are ticked at the same deadlines until their model frames differ by at least <see cref="VisibleThreshold"/>
    /// or <see cref="VisibleMaxFrames"/> frames have passed; the fork is then disposed.
    /// </summary>
    private static VisibleResponseResult MeasureVisibleResponse(
        WorldModel model, SessionBenchmarkOptions options, Scenario steering, IProgress<SessionBenchmarkProgress>? progress, CancellationToken cancellationToken)
    {
        var scenario = Shorten(options, steering, quickFactor: 1.5);
        var driver = new ScenarioDriver(scenario);
        var stage = $"visible response: {scenario.Name} replayed fast with forks";
        ScenarioRunner.WarmUp(model, QualityMode.Fast);
        var clock = new ManualTimeProvider();
        using var session = new WorldSession(model, driver.Options(QualityMode.Fast) with { KeyFrameEvery = 0 }, clock);
        var period = TimeSpan.FromMilliseconds(session.Options.PeriodMs);
        var every = Math.Max(1, ActionChanges(driver.Timeline) / options.VisibleSamples);
        var (random, inputs, probes, changes) = (new Random(0), new ScenarioInputs(), new List<VisibleResponseProbe>(), 0);
        Probe? probe = null;
        foreach (var tick in driver.Timeline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            clock.AdvanceTo(period * (tick.Index + random.NextDouble()));
            var due = inputs.Next(tick);
            var measured = due.FirstOrDefault(i => i.Kind == InputKind.Action);
            var fresh = measured is not null && changes++ % every == 0 && probe is null && probes.Count < options.VisibleSamples;
            if (fresh)
            {
                probe = new Probe(session.Fork(), measured!.Payload, session.NowMs, session.Frame + 1);
            }
            foreach (var input in due)
            {
                session.Submit(input);
                if (probe is not null && !(fresh && ReferenceEquals(input, measured)))
                {
                    probe.Fork.Submit(input);
                }
            }
            clock.AdvanceTo(period * (tick.Index + 1));
            var frame = session.Tick(clock.GetTimestamp());
            if (probe is not null && frame is not null && probe.Fork.Tick(clock.GetTimestamp()) is { } other && probe.Compare(frame, other) is { } done)
            {
                probes.Add(done);
                probe.Fork.Dispose();
                probe = null;
                progress?.Report(new SessionBenchmarkProgress(stage, probes.Count, options.VisibleSamples));
            }
        }
        probe?.Fork.Dispose();
        progress?.Report(new SessionBenchmarkProgress(stage, options.VisibleSamples, options.VisibleSamples));
        return new VisibleResponseResult(scenario.Name, VisibleThreshold, VisibleMaxFrames, probes);
    }

    private static int ActionChanges(ScenarioTimeline timeline)
    {
        var inputs = new ScenarioInputs();
        return timeline.Sum(tick => inputs.Next(tick).Count(i => i.Kind == InputKind.Action));
    }

    /// <summary>A probe in progress: the fork without the input, and what has been seen so far.</summary>
    private sealed class Probe(WorldSession fork, string action, double receivedMs, long firstFrame)
    {
        private double _maxDifference;

        public WorldSession Fork { get; } = fork;

        public int Frames { get; private set; }

        /// <summary>Compares the branches' newest frames; the finished probe once they differ visibly or the wait is over, else null.</summary>
        public VisibleResponseProbe? Compare(SessionFrame main, SessionFrame counterfactual)
        {
            Frames++;
            var difference = ImageQuality.MeanAbsoluteDifference(main.Model, counterfactual.Model);
            _maxDifference = Math.Max(_maxDifference, difference);
            if (difference >= VisibleThreshold)
            {
                return new VisibleResponseProbe(firstFrame, action, receivedMs, Frames, main.TimeMs - receivedMs, _maxDifference);
            }
            return Frames >= VisibleMaxFrames ? new VisibleResponseProbe(firstFrame, action, receivedMs, null, null, _maxDifference) : null;
        }
    }
}
