using Research.Engine.Scenarios;
using Research.Engine.World;

namespace Research.Engine.Sessions;

/// <summary>
/// The inputs a user sends for each tick of a scenario, in order: pause or resume when that changes, preset, prompt,
/// soft reset, rating, mark, and the action when the held one changes. Ticks must be given in order.
/// </summary>
internal sealed class ScenarioInputs
{
    private bool _paused;
    private AgentAction _held = AgentAction.Idle;

    /// <summary>The inputs of <paramref name="tick"/>, in the order they are sent.</summary>
    public IReadOnlyList<SessionInput> Next(ScenarioTick tick)
    {
        var inputs = new List<SessionInput>();
        if (tick.Paused != _paused)
        {
            inputs.Add(SessionInput.Control(tick.Paused ? InputKind.Pause : InputKind.Resume));
            _paused = tick.Paused;
        }
        if (tick.Preset is { } preset)
        {
            inputs.Add(SessionInput.Preset(preset));
        }
        if (tick.Prompt is { } prompt)
        {
            inputs.Add(SessionInput.Prompt(prompt));
        }
        if (tick.SoftReset)
        {
            inputs.Add(SessionInput.Control(InputKind.SoftReset));
        }
        if (tick.Rating is { } score)
        {
            inputs.Add(SessionInput.Rate(score));
        }
        if (tick.Mark is { } label)
        {
            inputs.Add(SessionInput.Mark(label));
        }
        if (!tick.Paused && tick.Action != _held)
        {
            inputs.Add(SessionInput.Act(tick.Action));
            _held = tick.Action;
        }
        return inputs;
    }
}
