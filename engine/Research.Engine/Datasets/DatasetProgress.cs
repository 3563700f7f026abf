namespace Research.Engine.Datasets;

/// <summary>A snapshot of a generation or verification run, for a progress bar.</summary>
public sealed record DatasetProgress
{
    /// <summary>Episodes in the dataset.</summary>
    public required int EpisodesTotal { get; init; }

    /// <summary>Episodes finished, including those found complete from an earlier run.</summary>
    public required int EpisodesCompleted { get; init; }

    /// <summary>Episodes found complete from an earlier, interrupted run and kept.</summary>
    public required int EpisodesResumed { get; init; }

    /// <summary>Frames in the dataset.</summary>
    public required long FramesTotal { get; init; }

    /// <summary>Frames finished, including those of resumed episodes.</summary>
    public required long FramesCompleted { get; init; }

    /// <summary>Frames generated (or checked) by this run.</summary>
    public required long FramesProcessed { get; init; }

    /// <summary>Bytes of the finished episode files.</summary>
    public required long Bytes { get; init; }

    /// <summary>Time since the run started.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Share of frames finished, in [0, 1].</summary>
    public double Fraction => FramesTotal == 0 ? 1 : (double)FramesCompleted / FramesTotal;

    /// <summary>Frames this run processed per second so far.</summary>
    public double FramesPerSecond => Elapsed > TimeSpan.Zero ? FramesProcessed / Elapsed.TotalSeconds : 0;
}
