using System.Runtime.InteropServices;

namespace Research.Engine.Compute;

/// <summary>
/// The C library's own environment. On Linux, <see cref="Environment.SetEnvironmentVariable(string, string)"/> changes
/// only the runtime's managed copy: native code (libtorch, oneDNN, libgomp) reads libc's <c>environ</c> through
/// <c>getenv</c> and never sees it. Settings meant for native libraries go through <c>setenv</c> here.
/// </summary>
public static class NativeEnvironment
{
    /// <summary>Reads a variable as native code sees it (libc <c>getenv</c>); the managed value on Windows.</summary>
    public static string? Get(string name)
    {
        if (OperatingSystem.IsWindows())
        {
            return Environment.GetEnvironmentVariable(name);
        }
        var pointer = getenv(name);
        return pointer == IntPtr.Zero ? null : Marshal.PtrToStringUTF8(pointer);
    }

    /// <summary>
    /// Sets a variable for native code (libc <c>setenv</c>) and for managed code alike. Native libraries read most
    /// variables once, so this only works before the library that reads it first does.
    /// </summary>
    /// <exception cref="InvalidOperationException">libc refused the variable.</exception>
    public static void Set(string name, string value)
    {
        Environment.SetEnvironmentVariable(name, value);
        if (!OperatingSystem.IsWindows() && setenv(name, value, 1) != 0)
        {
            throw new InvalidOperationException($"setenv({name}) failed (errno {Marshal.GetLastPInvokeError()}).");
        }
    }

#pragma warning disable SYSLIB1054 // LibraryImport would need unsafe code in this assembly; two calls at start-up do not need it.
    [DllImport("libc", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
    private static extern IntPtr getenv(string name);

    [DllImport("libc", CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true, SetLastError = true)]
    private static extern int setenv(string name, string value, int overwrite);
#pragma warning restore SYSLIB1054
}
