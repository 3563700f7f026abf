using Research.Engine.World;

namespace Research.Engine.Sessions;

/// <summary>What one frame of a session will be computed from, between applying its inputs and delivering it.</summary>
internal sealed record FramePlan(
    long Frame, long Deadline, double StartedMs, AgentAction Action, IReadOnlyList<int> Tokens, IReadOnlyList<long> Applied,
    bool SoftReset, IReadOnlyList<string> Marks);
