using Research.Engine.Models;

namespace Research.Engine.Evaluation;

/// <summary>One setting under evaluation: a model, where it came from, and the quality mode it runs in.</summary>
/// <param name="Name">Label in tables and charts, e.g. "default/fast".</param>
/// <param name="Model">The model (shared between variants; not owned).</param>
/// <param name="Checkpoint">The checkpoint directory it was loaded from.</param>
/// <param name="Mode">Quality mode, possibly with knobs changed (context noise, memory).</param>
public sealed record EvalVariant(string Name, WorldModel Model, string Checkpoint, QualityMode Mode);
