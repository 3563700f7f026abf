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

    /// <summary><paramref name="a"/> + <paramref name="b"/>; TorchSharp's <c>+</c> and <c>add(b)</c> pass an implicit alpha of 1.</summary>
    public static torch.Tensor Plus(this torch.Tensor a, torch.Tensor b) => a.add(b, Constant(1));

    /// <summary><paramref name="a"/> + <paramref name="b"/>; TorchSharp's <c>+</c> and <c>add(b)</c> pass an implicit alpha of 1.</summary>
    public static torch.Tensor Plus(this torch.Tensor a, Scalar b) => a.add(b, Constant(1));

    /// <summary>The square of each element; TorchSharp's <c>square()</c> is <c>pow(2)</c> with an implicit Scalar.</summary>
    public static torch.Tensor Squared(this torch.Tensor x) => x.pow(Constant(2));

    /// <summary>0, 1, ..., <paramref name="count"/> - 1; TorchSharp's <c>arange(stop)</c> passes implicit start and step.</summary>
    public static torch.Tensor Range(long count, torch.ScalarType type, torch.Device? device = null) =>
        torch.arange(Constant(0), Constant(count), Constant(1), type, device);
}
