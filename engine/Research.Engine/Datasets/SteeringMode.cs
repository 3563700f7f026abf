namespace Research.Engine.Datasets;

/// <summary>What the steering policy was doing when it chose an action. The byte values are part of the dataset format.</summary>
public enum SteeringMode : byte
{
    /// <summary>Standing still (also the label of frame 0, which has no action).</summary>
    Idle = 0,

    /// <summary>Holding one direction.</summary>
    Walk = 1,

    /// <summary>A walk with a dash in it.</summary>
    Dash = 2,

    /// <summary>A new action every one to three frames.</summary>
    Jitter = 3,

    /// <summary>Walking out along a few segments (and pausing at the far end) before coming back.</summary>
    RevisitOut = 4,

    /// <summary>Retracing the way out in reverse; the agent ends exactly where the revisit began.</summary>
    RevisitBack = 5,
}
