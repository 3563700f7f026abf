using TorchSharp;

namespace Research.Engine.Compute;

/// <summary>
/// The number of CPU threads TorchSharp computes with, held for the whole process. libtorch keeps this setting per
/// calling thread (OpenMP), so a loop whose frames run on different pool threads must re-apply it on each one: with
/// only the starting thread set, a quality-mode session on 1 thread failed inside libtorch after a few hundred frames.
/// </summary>
public static class ComputeThreads
{
    private static int _wanted;

    /// <summary>Uses <paramref name="count"/> threads from now on, on this and every thread that calls <see cref="Apply"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The count is below 1.</exception>
    public static void Set(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        Volatile.Write(ref _wanted, count);
        Apply();
    }

    /// <summary>Applies the count chosen with <see cref="Set"/> to the calling thread, if one was chosen and differs.</summary>
    public static void Apply()
    {
        var wanted = Volatile.Read(ref _wanted);
        if (wanted > 0 && torch.get_num_threads() != wanted)
        {
            torch.set_num_threads(wanted);
        }
    }
}
