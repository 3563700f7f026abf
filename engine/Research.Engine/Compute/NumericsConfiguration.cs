using System.Globalization;
using System.Runtime.CompilerServices;
using TorchSharp;

namespace Research.Engine.Compute;

/// <summary>
/// Applies the kernel configuration and thread policy once per process, before libtorch computes anything, then runs
/// <see cref="NumericsSelfTest"/>. The engine's module initializer calls <see cref="EnsureApplied"/>, so any host that
/// touches an engine type gets it; hosts also call it first thing (CLI, workbench, notebooks, test hosts).
/// </summary>
/// <remarks>
/// Defaults: <see cref="NumericsMode.Safe"/> (oneDNN off in ATen, <c>ONEDNN_MAX_CPU_ISA=AVX2</c> through libc
/// <c>setenv</c>) and <see cref="DefaultThreads"/> torch thread (<c>OMP_NUM_THREADS</c> through <c>setenv</c>, and
/// <see cref="ComputeThreads.Set"/>). In every mode NNPACK is turned off where it cannot initialise on this CPU
/// (<see cref="NnpackSwitch"/>), so libtorch says so once, not at every convolution. Variables already set in the
/// environment are respected. Override with <c>RESEARCH_NUMERICS=native</c> and <c>RESEARCH_THREADS=n</c>, or a
/// command's <c>--threads</c>.
/// </remarks>
public static class NumericsConfiguration
{
    /// <summary>Environment variable choosing the mode: safe (default), native or native-unchecked.</summary>
    public const string ModeVariable = "RESEARCH_NUMERICS";

    /// <summary>Environment variable choosing the default torch thread count (default <see cref="DefaultThreads"/>).</summary>
    public const string ThreadsVariable = "RESEARCH_THREADS";

    /// <summary>The oneDNN ISA cap of the safe mode, for any operator that still reaches oneDNN with ATen's switch off.</summary>
    public const string SafeMaxIsa = "AVX2";

    /// <summary>
    /// The default torch thread count for interactive and batch work: on the shared 2-core machines two threads gave
    /// p95 far above p50 (environment.md, "Numerics").
    /// </summary>
    public const int DefaultThreads = 1;

    private static readonly Lock _gate = new();
    private static NumericsState? _state;

    /// <summary>The configuration in force (applying it first if needed).</summary>
    public static NumericsState Current => EnsureApplied();

    /// <summary>Applies the configuration and runs the self-test, once per process; later calls return the same state. Never throws.</summary>
    public static NumericsState EnsureApplied()
    {
        lock (_gate)
        {
            return _state ??= Apply();
        }
    }

    /// <summary>Throws a clear error when the self-test failed in every configuration: no model should step then.</summary>
    /// <exception cref="NumericsException">The CPU's results cannot be trusted.</exception>
    public static void ThrowIfRefused()
    {
        var state = EnsureApplied();
        if (state.SelfTest is { Passed: false } && state.Mode != NumericsMode.NativeUnchecked)
        {
            throw new NumericsException($"Refusing to run models: the numerics self-test failed ({state.Describe()}). "
                + "libtorch's kernels give wrong results on this CPU; see environment.md, \"Numerics\".");
        }
    }

    /// <summary>Parses a mode as users write it (case-insensitive): safe, native or native-unchecked; empty means safe.</summary>
    /// <exception cref="ArgumentException">The text names no mode.</exception>
    public static NumericsMode ParseMode(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "safe" => NumericsMode.Safe,
        "native" => NumericsMode.Native,
        "native-unchecked" => NumericsMode.NativeUnchecked,
        _ => throw new ArgumentException($"Unknown {ModeVariable} '{text}': expected safe, native or native-unchecked.", nameof(text)),
    };

#pragma warning disable CA2255 // The configuration must precede libtorch's first use by any host of this library; that is the point.
    [ModuleInitializer]
    internal static void OnEngineLoaded() => EnsureApplied();
#pragma warning restore CA2255

    private static NumericsState Apply()
    {
        NumericsMode requested;
        int threads;
        try
        {
            requested = ParseMode(NativeEnvironment.Get(ModeVariable));
            threads = ParseThreads(NativeEnvironment.Get(ThreadsVariable) ?? NativeEnvironment.Get("OMP_NUM_THREADS"));
            // Before libtorch loads: libgomp reads OMP_NUM_THREADS when it loads, oneDNN its ISA cap at its first primitive.
            SetIfUnset("OMP_NUM_THREADS", threads.ToString(CultureInfo.InvariantCulture));
            if (requested == NumericsMode.Safe)
            {
                SetIfUnset("ONEDNN_MAX_CPU_ISA", SafeMaxIsa);
            }
        }
        catch (ArgumentException e)
        {
            return new NumericsState(NumericsMode.Safe, NumericsMode.Safe, null, null, 0, null, e.Message);
        }

        try
        {
            ComputeThreads.Set(threads);
            var mode = requested;
            if (mode == NumericsMode.Safe)
            {
                OneDnnSwitch.TrySet(false);
            }
            // In every mode: where NNPACK cannot initialise, libtorch would log so at every inference convolution.
            var nnpack = NnpackSwitch.DisableIfUnsupported();
            var test = NumericsSelfTest.Run();
            if (!test.Passed && mode == NumericsMode.Native && OneDnnSwitch.TrySet(false))
            {
                mode = NumericsMode.Safe;
                test = NumericsSelfTest.Run();
            }
            return new NumericsState(requested, mode, OneDnnSwitch.Enabled, NativeEnvironment.Get("ONEDNN_MAX_CPU_ISA"),
                torch.get_num_threads(), test, OneDnnSwitch.Available ? null : "this libtorch has no oneDNN switch", nnpack);
        }
#pragma warning disable CA1031 // A host without the native library (a UI test, another OS) must still start; the state says why.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return new NumericsState(requested, requested, null, NativeEnvironment.Get("ONEDNN_MAX_CPU_ISA"), threads, null,
                $"libtorch unavailable: {e.GetBaseException().Message}");
        }
    }

    private static int ParseThreads(string? text) => text is null or ""
        ? DefaultThreads
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 1
            ? n
            : throw new ArgumentException($"{ThreadsVariable}/OMP_NUM_THREADS must be a whole number of at least 1, not '{text}'.");

    private static void SetIfUnset(string name, string value)
    {
        if (string.IsNullOrEmpty(NativeEnvironment.Get(name)))
        {
            NativeEnvironment.Set(name, value);
        }
    }
}
