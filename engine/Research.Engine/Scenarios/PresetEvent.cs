namespace Research.Engine.Scenarios;

/// <summary>Switches the scene preset (file type <c>preset</c>).</summary>
/// <param name="Frame">Tick at which the new preset applies.</param>
/// <param name="Line">1-based source line; 0 when built in code.</param>
/// <param name="Name">Canonical (lower-case) preset name.</param>
public sealed record PresetEvent(int Frame, int Line, string Name) : ScenarioEvent(Frame, Line);
