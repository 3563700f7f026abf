namespace Research.Engine.Scenarios;

/// <summary>Asks for a soft reset: the model re-anchors on the current world state (file type <c>softReset</c>).</summary>
/// <param name="Frame">Tick at which the reset happens.</param>
/// <param name="Line">1-based source line; 0 when built in code.</param>
public sealed record SoftResetEvent(int Frame, int Line) : ScenarioEvent(Frame, Line);
