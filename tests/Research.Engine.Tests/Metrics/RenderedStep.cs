using Research.Engine.World;

namespace Research.Engine.Tests.Metrics;

/// <summary>One step of a rendered ground-truth run: the action pressed, then the frame and state after it.</summary>
internal sealed record RenderedStep(AgentAction Action, byte[] Frame, WorldState State);
