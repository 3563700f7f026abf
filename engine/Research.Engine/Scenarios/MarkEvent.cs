namespace Research.Engine.Scenarios;

/// <summary>A named checkpoint, for example "A" and "B" of a revisit loop (file type <c>mark</c>).</summary>
/// <param name="Frame">Tick that carries the mark.</param>
/// <param name="Line">1-based source line; 0 when built in code.</param>
/// <param name="Label">The checkpoint's label; ticks with equal labels are meant to show the same place.</param>
public sealed record MarkEvent(int Frame, int Line, string Label) : ScenarioEvent(Frame, Line);
