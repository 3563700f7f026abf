using Research.Engine.World;

namespace Research.Engine.Scenarios;

/// <summary>Applies actions one after another, each for a fixed interval, repeated (file type <c>sequence</c>).</summary>
/// <remarks>Like <see cref="ActionEvent"/> it replaces whatever was held before it; afterwards the agent is idle.</remarks>
/// <param name="Frame">Tick at which the first action starts.</param>
/// <param name="Line">1-based source line; 0 when built in code.</param>
/// <param name="Actions">The actions of one pass, in order.</param>
/// <param name="IntervalFrames">How many ticks each action is held.</param>
/// <param name="Repeat">How many passes over <paramref name="Actions"/>.</param>
public sealed record SequenceEvent(int Frame, int Line, IReadOnlyList<AgentAction> Actions, int IntervalFrames, int Repeat)
    : ScenarioEvent(Frame, Line)
{
    /// <summary>Ticks covered by all passes: actions × interval × repeat.</summary>
    public long TotalFrames => (long)Actions.Count * IntervalFrames * Repeat;
}
