using System.Runtime.InteropServices;

namespace Research.Engine.Compute;

/// <summary>
/// ATen's switch for its oneDNN (MKLDNN) kernels, <c>at::globalContext().setUserEnabledMkldnn(bool)</c>, which Python
/// exposes as <c>torch.backends.mkldnn.enabled</c> and TorchSharp 0.107 does not expose at all (its native library
/// exports no such function). We call the C++ member through libtorch_cpu's exported symbols (Itanium ABI: the object
/// is the first argument). When the symbols are missing (another libtorch, another OS) the switch reports that and
/// the caller falls back.
/// </summary>
internal static class OneDnnSwitch
{
    private const string SetSymbol = "_ZN2at7Context20setUserEnabledMkldnnEb";
    private const string GetSymbol = "_ZNK2at7Context17userEnabledMkldnnEv";

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate IntPtr GlobalContextFn();

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    private delegate void SetFn(IntPtr context, [MarshalAs(UnmanagedType.U1)] bool enabled);

    [UnmanagedFunctionPointer(CallingConvention.Cdecl)]
    [return: MarshalAs(UnmanagedType.U1)]
    private delegate bool GetFn(IntPtr context);

    private static readonly Lazy<Exports?> _exports = new(Resolve);

    /// <summary>True when this libtorch exposes the switch.</summary>
    public static bool Available => _exports.Value is not null;

    /// <summary>Whether ATen may use oneDNN kernels; null when the switch is not available.</summary>
    public static bool? Enabled => _exports.Value is { } e ? e.Get(e.Context()) : null;

    /// <summary>Turns ATen's oneDNN kernels on or off; false when the switch is not available.</summary>
    public static bool TrySet(bool enabled)
    {
        if (_exports.Value is not { } e)
        {
            return false;
        }
        e.Set(e.Context(), enabled);
        return e.Get(e.Context()) == enabled;
    }

    private static Exports? Resolve() => LibTorchExports.TryGet(LibTorchExports.GlobalContext, SetSymbol, GetSymbol) is [var context, var set, var get]
        ? new Exports(
            Marshal.GetDelegateForFunctionPointer<GlobalContextFn>(context),
            Marshal.GetDelegateForFunctionPointer<SetFn>(set),
            Marshal.GetDelegateForFunctionPointer<GetFn>(get))
        : null;

    private sealed record Exports(GlobalContextFn Context, SetFn Set, GetFn Get);
}
