namespace Research.Engine.Evaluation;

/// <summary>What the commanded action did to the ground truth's agent at one transition (see <see cref="ActionScore"/>).</summary>
public enum TransitionKind
{
    /// <summary>The agent moved: a walk, or a dash (which runs on for several frames whatever is pressed).</summary>
    Moving,

    /// <summary>Idle was pressed and the agent stood still.</summary>
    Idle,

    /// <summary>A move was pressed but the agent stood still: a walk into the world's edge, or a dash pressed during its cool-down.</summary>
    Blocked,

    /// <summary>The agent moved in a way no action explains (an edge clipped a dash); not scored.</summary>
    Unclassified,
}
