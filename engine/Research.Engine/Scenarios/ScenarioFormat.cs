namespace Research.Engine.Scenarios;

/// <summary>Limits, defaults and the time-to-frame rule of the scenario file format (see datasets/scenarios/README.md).</summary>
public static class ScenarioFormat
{
    /// <summary>Frames per second when a file does not set <c>fps</c>.</summary>
    public const int DefaultFps = 30;

    /// <summary>Lowest allowed <c>fps</c>.</summary>
    public const int MinFps = 1;

    /// <summary>Highest allowed <c>fps</c>.</summary>
    public const int MaxFps = 240;

    /// <summary>Longest allowed <c>duration</c>, in seconds (one hour).</summary>
    public const double MaxDurationSeconds = 3600;

    /// <summary>Lowest consistency rating a <c>rate</c> event may carry.</summary>
    public const int MinScore = 1;

    /// <summary>Highest consistency rating a <c>rate</c> event may carry.</summary>
    public const int MaxScore = 5;

    /// <summary>Longest <c>prompt</c> (top level or event <c>text</c>), in characters: what a session accepts.</summary>
    public const int MaxPromptLength = Sessions.SessionOptions.MaxPromptLength;

    /// <summary>Longest <c>mark</c> event <c>label</c>, in characters: what a session accepts.</summary>
    public const int MaxLabelLength = Sessions.SessionOptions.MaxLabelLength;

    /// <summary>The event <c>type</c> values, as written in files.</summary>
    public static IReadOnlyList<string> EventTypes { get; } = ["action", "sequence", "prompt", "preset", "softReset", "pause", "rate", "mark"];

    /// <summary>Converts seconds to whole frames: <c>round(seconds * fps)</c>, halves rounded away from zero.</summary>
    /// <remarks>
    /// Every time and length in a file is rounded on its own, so an event at 0.5 s and a hold of 0.5 s
    /// at 30 fps are both exactly 15 frames. Results beyond <see cref="int.MaxValue"/> saturate.
    /// </remarks>
    public static int ToFrames(double seconds, int fps)
    {
        var frames = Math.Round(seconds * fps, MidpointRounding.AwayFromZero);
        return frames >= int.MaxValue ? int.MaxValue : (int)frames;
    }
}
