using System.Runtime.CompilerServices;
using Research.Engine.Compute;

namespace Research.Notebooks;

/// <summary>
/// Applies the engine's numerics configuration as soon as a notebook touches this assembly, in the runner and in a real
/// .NET Interactive kernel alike (environment.md, "Numerics").
/// </summary>
internal static class NumericsSetup
{
#pragma warning disable CA2255 // A notebook's first cell may call TorchSharp directly; the configuration must come first.
    [ModuleInitializer]
    internal static void OnLoaded() => NumericsConfiguration.EnsureApplied();
#pragma warning restore CA2255
}
