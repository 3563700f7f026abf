namespace Research.Engine.Benchmarks;

/// <summary>One input whose visible response was measured against a counterfactual fork that never got it.</summary>
/// <param name="Frame">The first frame the input was applied in.</param>
/// <param name="Action">The action the input switched to.</param>
/// <param name="ReceivedMs">When the session received it, in ms since the session started.</param>
/// <param name="Frames">Frames from the first conditioned one (1) to the first visibly different one; null when none was within the limit.</param>
/// <param name="ResponseMs">That frame's delivery time minus <paramref name="ReceivedMs"/>; null when none was visible.</param>
/// <param name="MaxDifference">Largest mean absolute difference between the two branches' model frames seen, in levels (0 to 255).</param>
public sealed record VisibleResponseProbe(long Frame, string Action, double ReceivedMs, int? Frames, double? ResponseMs, double MaxDifference);
