using Research.Engine.Kpis;
using Research.Engine.Metrics;

namespace Research.Engine.Sessions;

/// <summary>What a session logs frame by frame for its KPIs; the session's lock guards it.</summary>
internal sealed class SessionLogBuilder(double targetFps)
{
    public List<FrameSample> Frames { get; } = [];

    public List<RatingSample> Ratings { get; } = [];

    public List<RevisitScore> Revisits { get; } = [];

    public List<long> PromptSwitches { get; } = [];

    public List<InjectionSample> Injections { get; } = [];

    public List<double> ResetTimesMs { get; } = [];

    /// <summary>Frames whose model output was a numerical fault (<see cref="NumericalFault"/>), each followed by a re-anchor.</summary>
    public List<long> NumericalFaults { get; } = [];

    public long DroppedFrames { get; set; }

    /// <summary>Frames and missed deadlines per quality mode (the run's <see cref="Storage.RunDocument.Modes"/>).</summary>
    public ModeTally Modes { get; private init; } = new();

    public SessionLog Build(IReadOnlyList<InputSample> inputs, double endMs) => new(
        [.. Frames], inputs, [.. Ratings], [.. Revisits], [.. PromptSwitches], [.. Injections], [.. ResetTimesMs],
        Math.Max(endMs, Frames.Count > 0 ? Frames[^1].TimeMs : 0), DroppedFrames, targetFps, [.. NumericalFaults]);

    public SessionLogBuilder Copy()
    {
        var copy = new SessionLogBuilder(targetFps) { DroppedFrames = DroppedFrames, Modes = Modes.Copy() };
        copy.Frames.AddRange(Frames);
        copy.Ratings.AddRange(Ratings);
        copy.Revisits.AddRange(Revisits);
        copy.PromptSwitches.AddRange(PromptSwitches);
        copy.Injections.AddRange(Injections);
        copy.ResetTimesMs.AddRange(ResetTimesMs);
        copy.NumericalFaults.AddRange(NumericalFaults);
        return copy;
    }
}
