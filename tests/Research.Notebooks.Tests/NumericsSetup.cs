using System.Runtime.CompilerServices;
using Research.Engine.Compute;

namespace Research.Notebooks.Tests;

/// <summary>The test host applies the engine's numerics configuration before any test touches libtorch.</summary>
internal static class NumericsSetup
{
#pragma warning disable CA2255 // The test host is the application here.
    [ModuleInitializer]
    internal static void OnLoaded() => NumericsConfiguration.EnsureApplied();
#pragma warning restore CA2255
}
