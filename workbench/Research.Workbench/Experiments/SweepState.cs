namespace Research.Workbench.Experiments;

/// <summary>Where a sweep is in its life.</summary>
public enum SweepState
{
    /// <summary>Waiting behind another sweep.</summary>
    Queued,

    /// <summary>Running its cells, one at a time.</summary>
    Running,

    /// <summary>Every cell ran and stored its run.</summary>
    Completed,

    /// <summary>Ran to the end, but some cells failed.</summary>
    Failed,

    /// <summary>Cancelled by a user.</summary>
    Cancelled,

    /// <summary>The workbench stopped while the sweep was queued or running.</summary>
    Interrupted,
}
