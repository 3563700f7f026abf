using Research.Engine.World;

namespace Research.Engine.Metrics;

/// <summary>The agent's motion between two frames as <see cref="ActionInference"/> reads it.</summary>
/// <param name="Action">The action that explains the motion, or null when none does (the agent was not found in a frame, or the motion fits no action).</param>
/// <param name="Dx">Agent motion in world units, horizontal: screen displacement plus camera motion; NaN when the agent was not found.</param>
/// <param name="Dy">Agent motion in world units, vertical (down is positive); NaN when the agent was not found.</param>
/// <param name="Camera">The camera motion used, known or estimated.</param>
/// <param name="Previous">The agent in the earlier frame.</param>
/// <param name="Next">The agent in the later frame.</param>
public sealed record InferredMotion(AgentAction? Action, float Dx, float Dy, CameraShift Camera, AgentLocation Previous, AgentLocation Next);
