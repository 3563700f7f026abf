namespace Research.Engine.Sessions;

/// <summary>
/// Recognises a frame the model cannot have meant: non-finite numbers reach a session only as bytes, and libtorch turns
/// NaN into one value for every pixel (the Zen 5 oneDNN fault gave exactly black frames). A rendered world is never
/// uniform, so a uniform model frame beside a non-uniform truth frame is a numerical fault, not drift.
/// </summary>
internal static class NumericalFault
{
    /// <summary>True when every byte of <paramref name="model"/> is the same and <paramref name="truth"/> is not uniform.</summary>
    public static bool IsFault(ReadOnlySpan<byte> model, ReadOnlySpan<byte> truth) =>
        model.Length > 0 && IsUniform(model) && !IsUniform(truth);

    private static bool IsUniform(ReadOnlySpan<byte> rgb) => rgb.Length == 0 || rgb.IndexOfAnyExcept(rgb[0]) < 0;
}
