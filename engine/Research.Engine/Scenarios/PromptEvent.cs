namespace Research.Engine.Scenarios;

/// <summary>Switches the free-text prompt (file type <c>prompt</c>).</summary>
/// <param name="Frame">Tick at which the new prompt applies.</param>
/// <param name="Line">1-based source line; 0 when built in code.</param>
/// <param name="Text">The new prompt.</param>
public sealed record PromptEvent(int Frame, int Line, string Text) : ScenarioEvent(Frame, Line);
