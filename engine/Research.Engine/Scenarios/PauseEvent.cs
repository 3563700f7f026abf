namespace Research.Engine.Scenarios;

/// <summary>Pauses the session: no world frames advance on the paused ticks (file type <c>pause</c>).</summary>
/// <remarks>Pauses take place inside the scenario's duration; they do not shift later events.</remarks>
/// <param name="Frame">First paused tick.</param>
/// <param name="Line">1-based source line; 0 when built in code.</param>
/// <param name="DurationFrames">How many ticks the pause lasts.</param>
public sealed record PauseEvent(int Frame, int Line, int DurationFrames) : ScenarioEvent(Frame, Line);
