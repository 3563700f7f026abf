namespace Research.Engine.Metrics;

/// <summary>What a pixel of a frame showed before, along the ground truth's camera trajectory.</summary>
public enum PixelHistory : byte
{
    /// <summary>Its world place enters the view at this frame: no earlier frame showed it (newly revealed).</summary>
    New = 0,

    /// <summary>An earlier frame showed its world place, but not frame 0.</summary>
    SeenLater = 1,

    /// <summary>Frame 0, the frame a free-running model is given, showed its world place.</summary>
    InFrameZero = 2,
}
