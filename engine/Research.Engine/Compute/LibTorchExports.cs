using System.Runtime.InteropServices;
using TorchSharp;

namespace Research.Engine.Compute;

/// <summary>
/// Exported C++ functions of libtorch_cpu that TorchSharp 0.107 does not wrap, found by their mangled (Itanium ABI)
/// names. Members of <c>at::Context</c> take the object as their first argument.
/// </summary>
internal static class LibTorchExports
{
    private const string Library = "libtorch_cpu";

    /// <summary><c>at::globalContext()</c>.</summary>
    public const string GlobalContext = "_ZN2at13globalContextEv";

    /// <summary>Looks up every one of <paramref name="symbols"/>; null when the library or any symbol is missing (another libtorch, another OS).</summary>
    public static IntPtr[]? TryGet(params string[] symbols)
    {
        // TorchSharp loads libtorch_cpu (beside libLibTorchSharp) on its first call; after that, loading it by name
        // returns the same, already loaded library.
        _ = torch.get_num_threads();
        foreach (var name in new[] { Library, $"{Library}.so", $"{Library}.dylib" })
        {
            if (!NativeLibrary.TryLoad(name, typeof(torch).Assembly, DllImportSearchPath.SafeDirectories | DllImportSearchPath.AssemblyDirectory, out var handle))
            {
                continue;
            }
            var found = new IntPtr[symbols.Length];
            for (var i = 0; i < symbols.Length; i++)
            {
                if (!NativeLibrary.TryGetExport(handle, symbols[i], out found[i]))
                {
                    return null;
                }
            }
            return found;
        }
        return null;
    }
}
