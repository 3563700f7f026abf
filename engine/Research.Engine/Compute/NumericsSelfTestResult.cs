namespace Research.Engine.Compute;

/// <summary>The outcome of <see cref="NumericsSelfTest"/>.</summary>
/// <param name="Passed">Finite, within <see cref="NumericsSelfTest.Tolerance"/> of the golden values, and the same bytes on a second pass.</param>
/// <param name="MaxError">Largest error against the golden values, relative to each group's largest golden magnitude (infinity when non-finite).</param>
/// <param name="Repeatable">The second pass gave the same bytes as the first.</param>
/// <param name="Milliseconds">Wall time of one pass (forward and backward).</param>
public sealed record NumericsSelfTestResult(bool Passed, double MaxError, bool Repeatable, double Milliseconds);
