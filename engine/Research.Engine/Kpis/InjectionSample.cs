namespace Research.Engine.Kpis;

/// <summary>An error deliberately injected into the model's state, to measure how the session recovers.</summary>
/// <param name="Frame">The frame the error was injected at.</param>
/// <param name="Target">What was disturbed, for example "latent" or "context".</param>
/// <param name="Magnitude">How strong the disturbance was, in the target's own units.</param>
public sealed record InjectionSample(long Frame, string Target, double Magnitude);
