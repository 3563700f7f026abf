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

    /// <inheritdoc />
    public override string ToString() => $"{Cpu}, {Cores} cores, {Os}, {Runtime}";
}
