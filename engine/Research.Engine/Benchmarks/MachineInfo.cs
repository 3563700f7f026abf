using System.Globalization;
using System.Runtime.InteropServices;

namespace Research.Engine.Benchmarks;

/// <summary>What a benchmark ran on, written at the top of every report.</summary>
/// <param name="Cpu">CPU model name.</param>
/// <param name="Cores">Logical processors available to the process.</param>
/// <param name="Os">Operating system description.</param>
/// <param name="Runtime">.NET runtime description.</param>
public sealed record MachineInfo(string Cpu, int Cores, string Os, string Runtime)
{
    /// <summary>Reads the current machine.</summary>
    public static MachineInfo Current()
    {
        var cpu = "unknown";
        if (File.Exists("/proc/cpuinfo"))
        {
            cpu = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? cpu;
        }
        return new MachineInfo(cpu, Environment.ProcessorCount, RuntimeInformation.OSDescription, RuntimeInformation.FrameworkDescription);
    }

    /// <summary>The one-minute load average from /proc/loadavg, or null where there is none.</summary>
    /// <remarks>Above <see cref="Cores"/>, other processes compete for the CPU and timings are noisy.</remarks>
    public static double? LoadAverage()
    {
        const string path = "/proc/loadavg";
        var first = File.Exists(path) ? File.ReadAllText(path).Split(' ', 2)[0] : null;
        return double.TryParse(first, NumberStyles.Float, CultureInfo.InvariantCulture, out var load) ? load : null;
    }

    /// <inheritdoc />
    public override string ToString() => $"{Cpu}, {Cores} cores, {Os}, {Runtime}";
}
