namespace Research.Engine.LaunchReport;

/// <summary>The answer to one launch checklist item or one of its figures.</summary>
public enum LaunchVerdict
{
    /// <summary>No stored run measured the figure (or, for an item, none of its figures).</summary>
    NoData,

    /// <summary>Every measured figure meets its threshold.</summary>
    Pass,

    /// <summary>At least one measured figure misses its threshold.</summary>
    Fail,
}
