using System.Runtime.InteropServices;

namespace Research.Engine.Compute;

/// <summary>
/// ATen's switch for its NNPACK convolutions, <c>at::globalContext().setUserEnabledNNPACK(bool)</c>
/// (<c>torch.backends.nnpack.set_flags</c> in Python), called through libtorch_cpu's exported symbols like
/// <see cref="OneDnnSwitch"/>.
/// </summary>
/// <remarks>
/// Why: libtorch 2.10 keeps the outcome of NNPACK's initialisation but logs "Could not initialize NNPACK! Reason:
/// Unsupported hardware." every time a convolution asks whether NNPACK is available, which on a CPU NNPACK does not
/// know (the machines of this kind vary) is every inference convolution: thousands of lines a minute. ATen asks only
/// while the switch is on, so <see cref="DisableIfUnsupported"/> asks once and turns it off when the answer is no.
/// Where NNPACK works the switch stays on and the kernels are the same as before.
/// </remarks>
internal static class NnpackSwitch
{
    private const string SetSymbol = "_ZN2at7Context20setUserEnabledNNPACKEb";
    private const string GetSymbol = "_ZNK2at7Context17userEnabledNNPACKEv";
    private const string AvailableSymbol = "_ZN2at6native17_nnpack_availableEv";

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr GlobalContextFn();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void SetFn(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool enabled);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    [return: MarshalAs(UnmanagedType.U1)]
    private delegate bool GetFn(IntPtr context);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    [return: MarshalAs(UnmanagedType.U1)]
    private delegate bool AvailableFn();

    private static readonly Lazy<Exports?> _exports = new(Resolve);

    /// <summary>True when this libtorch exposes the switch.</summary>
    public static bool Available => _exports.Value is not null;

    /// <summary>Whether ATen may use NNPACK; null when the switch is not available.</summary>
    public static bool? Enabled => _exports.Value is { } e ? e.Get(e.Context()) : null;

    /// <summary>
    /// Whether NNPACK initialised on this CPU (libtorch's <c>_nnpack_available()</c>); null when the switch is not
    /// available. Where it did not, asking logs libtorch's warning once more.
    /// </summary>
    public static bool? Supported => _exports.Value is { } e ? e.Supported() : null;

    /// <summary>Turns ATen's NNPACK convolutions on or off; false when the switch is not available.</summary>
    public static bool TrySet(bool enabled)
    {
        if (_exports.Value is not { } e)
        {
            return false;
        }
        e.Set(e.Context(), enabled);
        return e.Get(e.Context()) == enabled;
    }

    /// <summary>
    /// Asks libtorch once whether NNPACK works on this CPU (libtorch logs its warning then, once, when it does not) and
    /// turns NNPACK off when it does not, so libtorch never asks again.
    /// </summary>
    /// <returns>Whether NNPACK is on afterwards; null when the switch is not available.</returns>
    public static bool? DisableIfUnsupported()
    {
        if (Supported is false)
        {
            TrySet(false);
        }
        return Enabled;
    }

    private static Exports? Resolve() =>
        LibTorchExports.TryGet(LibTorchExports.GlobalContext, SetSymbol, GetSymbol, AvailableSymbol) is [var context, var set, var get, var available]
            ? new Exports(
                Marshal.GetDelegateForFunctionPointer<GlobalContextFn>(context),
                Marshal.GetDelegateForFunctionPointer<SetFn>(set),
                Marshal.GetDelegateForFunctionPointer<GetFn>(get),
                Marshal.GetDelegateForFunctionPointer<AvailableFn>(available))
            : null;

    private sealed record Exports(GlobalContextFn Context, SetFn Set, GetFn Get, AvailableFn Supported);
}
