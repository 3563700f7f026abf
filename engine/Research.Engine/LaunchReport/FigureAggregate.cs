namespace Research.Engine.LaunchReport;

/// <summary>How a criterion turns the per-run figures of the selected runs into the one figure its verdict is taken on.</summary>
public enum FigureAggregate
{
    /// <summary>The median of the sessions that measured the figure (each session the median of its runs): the typical session, robust to one run on a busy machine.</summary>
    Median,

    /// <summary>The worst run (the largest value for <see cref="FigureDirection.AtMost"/>, the smallest for <see cref="FigureDirection.AtLeast"/>): for figures where one bad session is one too many.</summary>
    Worst,

    /// <summary>The share of the selected runs, in [0, 1], that measured the figure at all.</summary>
    Coverage,

    /// <summary>How many independent sessions among the selected runs measured the figure (a fork counts with the run it was forked from).</summary>
    RunCount,
}
