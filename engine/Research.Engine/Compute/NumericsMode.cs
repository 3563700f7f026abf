namespace Research.Engine.Compute;

/// <summary>Which CPU kernels libtorch computes with.</summary>
public enum NumericsMode
{
    /// <summary>
    /// The default. ATen's own convolution kernels, oneDNN off (and, for anything that still reaches oneDNN, its ISA
    /// capped at AVX2). Correct and byte-reproducible here at any thread count; see environment.md, "Numerics".
    /// </summary>
    Safe,

    /// <summary>
    /// libtorch's defaults: oneDNN convolutions at the CPU's widest ISA. Faster on some CPUs, wrong on others (Zen 5):
    /// chosen only when asked for, and only kept when the self-test passes.
    /// </summary>
    Native,

    /// <summary>
    /// libtorch's defaults kept even when the self-test fails (<c>RESEARCH_NUMERICS=native-unchecked</c>): only to
    /// measure the safe mode's cost or to reproduce the faults. Results may be wrong.
    /// </summary>
    NativeUnchecked,
}
