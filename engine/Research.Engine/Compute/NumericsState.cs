namespace Research.Engine.Compute;

/// <summary>The numerics configuration in force in this process, as applied and checked at start-up.</summary>
/// <param name="Requested">The mode asked for (<c>RESEARCH_NUMERICS</c>, default safe).</param>
/// <param name="Mode">The mode in force: <see cref="NumericsMode.Safe"/> when the requested native mode failed its self-test.</param>
/// <param name="OneDnnEnabled">Whether ATen may use oneDNN kernels (null when this libtorch has no such switch).</param>
/// <param name="OneDnnMaxIsa">ONEDNN_MAX_CPU_ISA as native code reads it (null: unset, the CPU's widest).</param>
/// <param name="Threads">TorchSharp's thread count on the thread that applied the configuration.</param>
/// <param name="SelfTest">The self-test's outcome (null when it could not run, e.g. the native library did not load).</param>
/// <param name="Problem">Why the configuration could not be applied or verified, or null.</param>
/// <param name="NnpackEnabled">
/// Whether ATen may use NNPACK convolutions: off where NNPACK cannot initialise on this CPU (null when this libtorch has
/// no such switch).
/// </param>
public sealed record NumericsState(
    NumericsMode Requested,
    NumericsMode Mode,
    bool? OneDnnEnabled,
    string? OneDnnMaxIsa,
    int Threads,
    NumericsSelfTestResult? SelfTest,
    string? Problem,
    bool? NnpackEnabled = null)
{
    /// <summary>True when the self-test passed in the mode in force.</summary>
    public bool Verified => SelfTest is { Passed: true } && Problem is null;

    /// <summary>One line for logs, <c>research device</c> and the workbench.</summary>
    public string Describe() =>
        $"numerics: {Name(Mode)}"
        + (Requested != Mode ? $" (asked for {Name(Requested)}; its self-test failed)" : "")
        + $", oneDNN {OnOff(OneDnnEnabled)}"
        + (NnpackEnabled is null ? "" : $", NNPACK {OnOff(NnpackEnabled)}")
        + $", ONEDNN_MAX_CPU_ISA={OneDnnMaxIsa ?? "(cpu default)"}, threads {Threads}"
        + (SelfTest is { } t ? $", self-test {(t.Passed ? "passed" : "FAILED")} (max error {t.MaxError:G3}, tolerance {NumericsSelfTest.Tolerance:G1}, {t.Milliseconds:F1} ms)" : "")
        + (Problem is null ? "" : $"; {Problem}");

    private static string OnOff(bool? enabled) => enabled switch { true => "on", false => "off", null => "unknown" };

    /// <summary>A mode as users write it in <c>RESEARCH_NUMERICS</c>.</summary>
    public static string Name(NumericsMode mode) => mode switch
    {
        NumericsMode.Native => "native",
        NumericsMode.NativeUnchecked => "native-unchecked",
        _ => "safe",
    };
}
