namespace Research.Engine.Scenarios;

/// <summary>A scripted steering session: the world it starts in and the timed events that steer it.</summary>
/// <param name="Name">Short identifier of the scenario.</param>
/// <param name="Description">Free text saying what the scenario exercises.</param>
/// <param name="Seed">Seed of the procedural world.</param>
/// <param name="Preset">Canonical (lower-case) scene preset the session starts in.</param>
/// <param name="Prompt">Free-text prompt the session starts with, or <see langword="null"/> for none.</param>
/// <param name="Fps">Ticks per second of the timeline.</param>
/// <param name="Explore">Whether the world is larger than the viewport, so the agent can walk away and come back.</param>
/// <param name="DurationFrames">Length of the session in ticks, including paused ones.</param>
/// <param name="Events">Events sorted by frame; events on the same frame keep their order in the file.</param>
/// <param name="SourcePath">File (or source name) the scenario was read from, or <see langword="null"/> when built in code.</param>
public sealed record Scenario(
    string Name,
    string Description,
    int Seed,
    string Preset,
    string? Prompt,
    int Fps,
    bool Explore,
    int DurationFrames,
    IReadOnlyList<ScenarioEvent> Events,
    string? SourcePath)
{
    /// <summary>Length of the session in seconds.</summary>
    public double DurationSeconds => (double)DurationFrames / Fps;
}
