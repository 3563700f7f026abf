using Research.Engine.World;

namespace Research.Engine.Scenarios;

/// <summary>Holds one action for a while (file type <c>action</c>).</summary>
/// <remarks>
/// It replaces whatever action or sequence was held before it; when its hold ends the agent is idle
/// until the next action or sequence.
/// </remarks>
/// <param name="Frame">Tick at which the action is pressed.</param>
/// <param name="Line">1-based source line; 0 when built in code.</param>
/// <param name="Action">The held action.</param>
/// <param name="HoldFrames">How many ticks the action is held.</param>
public sealed record ActionEvent(int Frame, int Line, AgentAction Action, int HoldFrames) : ScenarioEvent(Frame, Line);
