using Research.Engine.Scenarios;
using Research.Engine.World;

namespace Research.Engine.Simulation;

/// <summary>
/// Replays a scenario in the ground-truth world, tick by tick: applies presets, prompts and actions,
/// skips paused ticks, and yields every world frame with its ground truth and the inputs it carries.
/// </summary>
public sealed class ScenarioReplay
{
    private readonly FrameRenderer _renderer = new();
    private long _sequence;

    /// <summary>Prepares the world of <paramref name="scenario"/> at frame size <paramref name="size"/>.</summary>
    public ScenarioReplay(Scenario scenario, int size)
    {
        FrameRenderer.ValidateSize(size);
        Scenario = scenario;
        Size = size;
        Timeline = ScenarioTimeline.Expand(scenario);
        World = new WorldSimulator(new WorldOptions { Seed = scenario.Seed, Explore = scenario.Explore }, ScenePresets.Get(scenario.Preset));
        if (scenario.Prompt is { } prompt)
        {
            var parsed = PromptParser.Parse(prompt, World.Scene);
            World.Scene = parsed.Scene;
            InitialWarnings = parsed.Warnings.Select(w => w.Message).ToList();
        }
    }

    /// <summary>The scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>The expanded timeline.</summary>
    public ScenarioTimeline Timeline { get; }

    /// <summary>Frame size in pixels.</summary>
    public int Size { get; }

    /// <summary>The ground-truth world being driven.</summary>
    public WorldSimulator World { get; }

    /// <summary>Warnings of the scenario's initial prompt.</summary>
    public IReadOnlyList<string> InitialWarnings { get; } = [];

    /// <summary>The frame before any step (what a session shows first).</summary>
    public byte[] RenderCurrent() => _renderer.Render(World, Size);

    /// <summary>Steps through every tick; paused ticks produce no frame.</summary>
    public IEnumerable<SimulatedFrame> Run(CancellationToken cancellationToken = default)
    {
        var held = AgentAction.Idle;
        var wasPaused = false;
        var pending = new List<AppliedInput>();
        foreach (var tick in Timeline)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var frame = World.Frame + 1;
            if (tick.Paused != wasPaused)
            {
                pending.Add(Input(tick.Paused ? "pause" : "resume", "", tick, frame));
                wasPaused = tick.Paused;
            }
            if (tick.Preset is { } preset)
            {
                World.Scene = ScenePresets.Get(preset);
                pending.Add(Input("preset", preset, tick, frame));
            }
            if (tick.Prompt is { } prompt)
            {
                var parsed = PromptParser.Parse(prompt, World.Scene);
                World.Scene = parsed.Scene;
                pending.Add(Input("prompt", prompt, tick, frame, parsed.Warnings.Select(w => w.Message).ToList()));
            }
            if (tick.SoftReset)
            {
                pending.Add(Input("softReset", "", tick, frame));
            }
            if (tick.Rating is { } score)
            {
                pending.Add(Input("rate", score.ToString(System.Globalization.CultureInfo.InvariantCulture), tick, frame));
            }
            if (tick.Mark is { } label)
            {
                pending.Add(Input("mark", label, tick, frame));
            }
            if (tick.Paused)
            {
                continue;
            }
            if (tick.Action != held || World.Frame == 0)
            {
                pending.Add(Input("action", tick.Action.Name(), tick, frame));
                held = tick.Action;
            }
            World.Step(tick.Action);
            yield return new SimulatedFrame(tick, World.Snapshot(), _renderer.Render(World, Size), pending.ToArray());
            pending.Clear();
        }
    }

    private AppliedInput Input(string kind, string payload, ScenarioTick tick, long frame, IReadOnlyList<string>? warnings = null) =>
        new(_sequence++, kind, payload, tick.Index, frame, warnings ?? []);
}
