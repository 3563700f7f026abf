using Research.Engine.Models;
using Research.Engine.Scenarios;
using Research.Engine.Storage;

namespace Research.Engine.Sessions;

/// <summary>A headless scenario run: what to play, in which mode, at which pace.</summary>
/// <param name="Scenario">The scenario (its seed, preset, prompt, world kind and fps start the session).</param>
/// <param name="Mode">The quality mode the session starts in.</param>
/// <param name="Realtime">Pace frames at the scenario's fps on the real clock (else as fast as the machine computes, deterministically).</param>
/// <param name="Checkpoint">The checkpoint's name or path, stored with the run.</param>
/// <param name="Tags">Tags of the stored run.</param>
/// <param name="AutoReset">The automatic soft-reset policy, or <see langword="null"/> for none.</param>
/// <param name="DriverSeed">Seeds when, within each frame interval, inputs are sent.</param>
/// <param name="Extra">Inputs sent on top of the scenario's, by tick (for example injected errors).</param>
/// <param name="Origin">
/// Where the stored run comes from (<see cref="RunOrigins.ConfigKey"/>); null for <see cref="RunOrigin.Live"/> when
/// <paramref name="Realtime"/>, else <see cref="RunOrigin.Replay"/>. A sweep says <see cref="RunOrigin.Sweep"/>.
/// </param>
public sealed record ScenarioRunOptions(
    Scenario Scenario, QualityMode Mode, bool Realtime = false, string? Checkpoint = null, IReadOnlyList<string>? Tags = null,
    AutoResetPolicy? AutoReset = null, int DriverSeed = 0, IReadOnlyList<(int Tick, SessionInput Input)>? Extra = null,
    RunOrigin? Origin = null);
