namespace Research.Engine.RunViews;

/// <summary>One of the three images side by side in a stored key frame, in their order left to right.</summary>
public enum KeyFramePanel
{
    /// <summary>What the model drew.</summary>
    Model,

    /// <summary>The simulator's ground truth for the same frame.</summary>
    Truth,

    /// <summary>The error heat map between the two.</summary>
    Error,
}
