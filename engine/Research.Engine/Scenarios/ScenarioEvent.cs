namespace Research.Engine.Scenarios;

/// <summary>One timed entry of a scenario.</summary>
/// <param name="Frame">Tick at which the event takes effect: <c>round(at * fps)</c>.</param>
/// <param name="Line">1-based line of the event in its source file; 0 when the event was built in code.</param>
public abstract record ScenarioEvent(int Frame, int Line);
