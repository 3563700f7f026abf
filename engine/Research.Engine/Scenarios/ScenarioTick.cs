using Research.Engine.World;

namespace Research.Engine.Scenarios;

/// <summary>What a scenario asks of the session on one tick.</summary>
/// <remarks>
/// Times run on the wall clock: a pause does not stop a hold from running out. On a paused tick
/// <see cref="Action"/> still reports the held action, but the consumer must not advance the world.
/// Prompt, preset, soft-reset, rating and mark changes also apply on paused ticks.
/// </remarks>
/// <param name="Index">Tick number, from 0 to the scenario's duration in frames minus one.</param>
/// <param name="Action">The action held on this tick (<see cref="AgentAction.Idle"/> when nothing is held).</param>
/// <param name="Paused">Whether the session is paused: no world frame advances on this tick.</param>
/// <param name="Prompt">The prompt switched to on this tick, or <see langword="null"/> when it does not change.</param>
/// <param name="Preset">The preset switched to on this tick, or <see langword="null"/> when it does not change.</param>
/// <param name="SoftReset">Whether a soft reset happens on this tick.</param>
/// <param name="Rating">The consistency rating given on this tick, or <see langword="null"/>.</param>
/// <param name="Mark">The checkpoint label of this tick, or <see langword="null"/>.</param>
public sealed record ScenarioTick(
    int Index,
    AgentAction Action,
    bool Paused,
    string? Prompt,
    string? Preset,
    bool SoftReset,
    int? Rating,
    string? Mark);
