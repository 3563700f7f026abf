using System.Runtime.InteropServices;

namespace Research.Workbench.Experiments;

/// <summary>
/// Lowers the calling thread's scheduling priority. On Linux .NET ignores <see cref="Thread.Priority"/>, so the thread's nice
/// value is raised with <c>setpriority(PRIO_PROCESS, tid, nice)</c>, which Linux applies per thread; elsewhere the
/// managed priority is used.
/// </summary>
internal static class LowPriority
{
    /// <summary>The nice value sweep threads run at: 10, well behind the live loop (0) but not starved itself.</summary>
    public const int Nice = 10;

    private const int PrioProcess = 0;
    private const long SysGettid = 186; // x86-64; other architectures keep the managed priority only.

    /// <summary>Applies the low priority to the calling thread; returns whether the OS took it.</summary>
    public static bool ApplyToCurrentThread()
    {
        try
        {
            Thread.CurrentThread.Priority = ThreadPriority.BelowNormal;
        }
        catch (ThreadStateException)
        {
            // A thread that is ending: nothing to lower.
        }
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture != Architecture.X64)
        {
            return !OperatingSystem.IsLinux();
        }
        try
        {
            var tid = (int)syscall(SysGettid);
            return setpriority(PrioProcess, tid, Nice) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return false;
        }
    }

    // DllImport rather than LibraryImport: the generated marshalling needs unsafe code, and these signatures need none.
    [DllImport("libc", SetLastError = true)]
    private static extern long syscall(long number);

    [DllImport("libc", SetLastError = true)]
    private static extern int setpriority(int which, int who, int prio);
}
