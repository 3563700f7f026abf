namespace Research.Engine.Reports;

/// <summary>
/// Labelled points for cost against quality, e.g. ms/frame against PSNR per quality mode, with the Pareto front across
/// all series drawn as a dashed line when <paramref name="Front"/> asks for it.
/// </summary>
/// <param name="Title">The chart's title.</param>
/// <param name="XTitle">X axis title, with its unit.</param>
/// <param name="YTitle">Y axis title, with its unit.</param>
/// <param name="Series">The point groups.</param>
/// <param name="Front">Which corner is best; <see cref="ParetoGoal.None"/> draws no front.</param>
/// <param name="LogX">True for a logarithmic x axis.</param>
/// <remarks>Defaults: no front, linear x axis.</remarks>
public sealed record ScatterChart(
    string Title,
    string XTitle,
    string YTitle,
    IReadOnlyList<ScatterSeries> Series,
    ParetoGoal Front = ParetoGoal.None,
    bool LogX = false) : ChartSpec(Title);
