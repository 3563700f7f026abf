using System.Globalization;

// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>Reads the frame a user typed in a "go to frame" box.</summary>
public static class FrameInput
{
    /// <summary>Reads <paramref name="text"/> as a frame from 0 to <paramref name="lastFrame"/>.</summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="lastFrame">The highest frame there is.</param>
    /// <param name="frame">The frame, when valid.</param>
    /// <param name="error">Why the text was refused, in words for the user; <see langword="null"/> when valid.</param>
    public static bool TryParse(string? text, int lastFrame, out int frame, out string? error)
    {
        frame = 0;
        if (lastFrame < 0)
        {
            error = "This run has no frames.";
            return false;
        }
        if (!int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value > lastFrame)
        {
            error = $"Enter a frame from 0 to {lastFrame}.";
            return false;
        }
        (frame, error) = (value, null);
        return true;
    }
}
