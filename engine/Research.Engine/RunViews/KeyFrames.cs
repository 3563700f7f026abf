namespace Research.Engine.RunViews;

/// <summary>Finding the key frame to show for a frame: sessions save one every few frames, not every frame.</summary>
public static class KeyFrames
{
    /// <summary>The nearest key frame at or before <paramref name="frame"/>, or <see langword="null"/> when there is none.</summary>
    /// <param name="keyFrames">The frames that have a key frame, ascending (as <c>IRunStore.ListKeyFrames</c> gives them).</param>
    /// <param name="frame">The frame wanted.</param>
    public static int? AtOrBefore(IReadOnlyList<int> keyFrames, int frame)
    {
        ArgumentNullException.ThrowIfNull(keyFrames);
        // Binary search for the last key frame <= frame.
        var (low, high) = (0, keyFrames.Count - 1);
        int? found = null;
        while (low <= high)
        {
            var mid = low + (high - low) / 2;
            if (keyFrames[mid] <= frame)
            {
                found = keyFrames[mid];
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }
        return found;
    }
}
