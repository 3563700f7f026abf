using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>One decision of the steering policy.</summary>
/// <param name="Action">The action to step the world with.</param>
/// <param name="Mode">What the policy was doing.</param>
public readonly record struct SteeringStep(AgentAction Action, SteeringMode Mode);
