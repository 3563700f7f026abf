using TorchSharp;

namespace Research.Engine.Compute;

/// <summary>Which device the world model runs on.</summary>
public enum DevicePreference
{
    /// <summary>CUDA when <c>torch.cuda.is_available()</c>, otherwise the CPU.</summary>
    Auto,

    /// <summary>Always the CPU.</summary>
    Cpu,

    /// <summary>CUDA; fails when no CUDA device or CUDA build of TorchSharp is present.</summary>
    Cuda,
}

/// <summary>Chooses the TorchSharp device from a preference, once, at start-up.</summary>
public static class ComputeDevice
{
    /// <summary>Environment variable that overrides the device preference (auto, cpu, cuda).</summary>
    public const string EnvironmentVariable = "RESEARCH_DEVICE";

    /// <summary>Parses a preference as written by users (case-insensitive): auto, cpu or cuda.</summary>
    /// <exception cref="ArgumentException">The text names no known device.</exception>
    public static DevicePreference ParsePreference(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "auto" => DevicePreference.Auto,
        "cpu" => DevicePreference.Cpu,
        "cuda" or "gpu" => DevicePreference.Cuda,
        _ => throw new ArgumentException($"Unknown device '{text}': expected auto, cpu or cuda.", nameof(text)),
    };

    /// <summary>
    /// Resolves the device. An explicit preference wins over the <see cref="EnvironmentVariable"/>,
    /// which wins over <see cref="DevicePreference.Auto"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">CUDA was asked for and is not available.</exception>
    public static torch.Device Select(DevicePreference? preference = null)
    {
        var chosen = preference ?? ParsePreference(Environment.GetEnvironmentVariable(EnvironmentVariable));
        var cuda = torch.cuda.is_available();
        return chosen switch
        {
            DevicePreference.Cpu => torch.CPU,
            DevicePreference.Cuda when !cuda => throw new InvalidOperationException(
                "CUDA was requested but torch.cuda.is_available() is false: build with -p:TorchBackend=cuda on a machine with an NVIDIA driver (see environment.md)."),
            DevicePreference.Cuda => torch.CUDA,
            _ => cuda ? torch.CUDA : torch.CPU,
        };
    }
}
