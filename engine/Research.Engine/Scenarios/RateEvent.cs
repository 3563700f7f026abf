namespace Research.Engine.Scenarios;

/// <summary>A user's consistency rating of what they see (file type <c>rate</c>).</summary>
/// <param name="Frame">Tick at which the rating is given.</param>
/// <param name="Line">1-based source line; 0 when built in code.</param>
/// <param name="Score">Rating from <see cref="ScenarioFormat.MinScore"/> to <see cref="ScenarioFormat.MaxScore"/>.</param>
public sealed record RateEvent(int Frame, int Line, int Score) : ScenarioEvent(Frame, Line);
