namespace Research.Engine.Compute;

/// <summary>The CPU's kernels do not compute the self-test correctly even in the safe configuration: refuse to run models.</summary>
public sealed class NumericsException(string message) : Exception(message);
