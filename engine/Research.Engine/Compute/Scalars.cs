using System.Collections.Concurrent;
using TorchSharp;

namespace Research.Engine.Compute;

/// <summary>
/// TorchSharp <see cref="Scalar"/>s that outlive the native call reading them. TorchSharp 0.107 frees a Scalar in its
/// finalizer, and one made by an implicit conversion (<c>t * 0.5f</c>, <c>t.clamp(0, 1)</c>) is unreachable as soon as
/// its handle has been passed: a collection on another thread during the call then frees it while libtorch reads it
/// ("Unknown scalar type", a <c>toFloat</c> overflow, or a silently wrong factor). The build bans the implicit forms
/// (BannedSymbols.txt); code uses <see cref="Constant"/> for fixed values and <c>using var s = x.ToScalar()</c> for
/// values known only at run time. environment.md, "Numerics", has the reproduction.
/// </summary>
public static class Scalars
{
    private static readonly ConcurrentDictionary<double, Scalar> Cache = new();

    /// <summary>
    /// A Scalar for a constant of the code (a literal or a fixed configuration value) that lives as long as the
    /// process, so no collection can free it. Not for values that vary from call to call: the cache never shrinks.
    /// </summary>
    public static Scalar Constant(double value) => Cache.GetOrAdd(value, static v => v.ToScalar());

    /// <summary>Clamps pixel values to [0, 1].</summary>
    public static torch.Tensor ClampUnit(torch.Tensor pixels) => pixels.clamp(Constant(0), Constant(1));
}
