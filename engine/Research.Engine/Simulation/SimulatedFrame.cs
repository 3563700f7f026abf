using Research.Engine.Scenarios;
using Research.Engine.World;

namespace Research.Engine.Simulation;

/// <summary>One world frame of a replayed scenario.</summary>
/// <param name="Tick">The scenario tick that produced it.</param>
/// <param name="State">Ground truth after the step.</param>
/// <param name="Rgb">The rendered frame (size x size x 3).</param>
/// <param name="Inputs">Inputs applied at this frame (changes of held action, prompts, presets, soft resets, ratings, marks).</param>
public sealed record SimulatedFrame(ScenarioTick Tick, WorldState State, byte[] Rgb, IReadOnlyList<AppliedInput> Inputs);

/// <summary>An input as applied to the world, for the run's input trace.</summary>
/// <param name="Sequence">Order of arrival, from 0.</param>
/// <param name="Kind">action, prompt, preset, softReset, pause, resume, rate or mark.</param>
/// <param name="Payload">The action name, prompt text, preset, score or label.</param>
/// <param name="Tick">Scenario tick it arrived on.</param>
/// <param name="AppliedFrame">World frame it took effect in (the next frame stepped).</param>
/// <param name="Warnings">Prompt words that were not understood.</param>
public sealed record AppliedInput(long Sequence, string Kind, string Payload, int Tick, long AppliedFrame, IReadOnlyList<string> Warnings);
