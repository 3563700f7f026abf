namespace Research.Engine.Reports;

/// <summary>A named group of labelled points of a <see cref="ScatterChart"/>, e.g. the quality modes of one model.</summary>
/// <param name="Name">Legend name.</param>
/// <param name="Points">The points.</param>
public sealed record ScatterSeries(string Name, IReadOnlyList<ScatterPoint> Points);
