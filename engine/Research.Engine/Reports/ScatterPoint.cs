namespace Research.Engine.Reports;

/// <summary>One labelled point of a <see cref="ScatterChart"/>, e.g. a quality mode at its cost and quality.</summary>
/// <param name="Label">Text drawn next to the point, e.g. the mode name.</param>
/// <param name="X">X value, e.g. milliseconds per frame.</param>
/// <param name="Y">Y value, e.g. PSNR in dB.</param>
public sealed record ScatterPoint(string Label, double X, double Y);
