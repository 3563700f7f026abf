namespace Research.Engine.Storage;

/// <summary>Where a run is in its life. Stored by name, so the order of members may change.</summary>
public enum RunStatus
{
    /// <summary>The run is being written by the process that has the store open.</summary>
    Running,

    /// <summary>The run finished normally.</summary>
    Completed,

    /// <summary>The run stopped on an error; <see cref="RunDocument.Error"/> says which.</summary>
    Failed,

    /// <summary>
    /// The process writing the run ended without completing it (a crash, a kill, a power cut), or the run
    /// was stopped on purpose. Its data up to <see cref="RunDocument.LastFrame"/> is kept.
    /// </summary>
    Interrupted,
}
