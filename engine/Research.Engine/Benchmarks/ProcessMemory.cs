using System.Diagnostics;

namespace Research.Engine.Benchmarks;

/// <summary>The process's resident memory, as the memory benchmarks read it.</summary>
internal static class ProcessMemory
{
    /// <summary>Resident set size of this process, in bytes.</summary>
    public static long ResidentBytes()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.WorkingSet64;
    }

    /// <summary>Resident set size after a full, compacting garbage collection, so managed garbage does not count as growth.</summary>
    public static long ResidentBytesAfterCollect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        return ResidentBytes();
    }
}
