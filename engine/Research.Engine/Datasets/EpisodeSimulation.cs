using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>Plays one episode: a world, a steering policy and a prompt schedule, recorded frame by frame.</summary>
internal sealed class EpisodeSimulation
{
    private readonly EpisodeSpec _spec;
    private readonly WorldSimulator _world;
    private readonly SteeringPolicy _policy;
    private readonly PromptSchedule _prompts;
    private readonly FrameRenderer _renderer = new();
    private readonly byte[] _frame;

    public EpisodeSimulation(EpisodeSpec spec)
    {
        _spec = spec;
        _world = new WorldSimulator(spec.WorldOptions, ScenePresets.Get(spec.Preset));
        _policy = new SteeringPolicy(spec.PolicySeed, spec.WorldOptions);
        _prompts = new PromptSchedule(spec.PromptSeed, spec.Preset);
        _frame = new byte[spec.FrameSize * spec.FrameSize * 3];
        Header = new EpisodeHeader
        {
            FormatVersion = EpisodeFormat.Version,
            FrameSize = spec.FrameSize,
            Explore = spec.Explore,
            WorldSeed = spec.WorldSeed,
            DatasetSeed = spec.DatasetSeed,
            EpisodeIndex = spec.Index,
            Frames = spec.Frames,
            ObjectCount = _world.Bodies.Length,
            PolicySeed = spec.PolicySeed,
            Preset = spec.Preset,
        };
    }

    public EpisodeHeader Header { get; }

    /// <summary>
    /// Records every frame: record 0 is the initial view under the first prompt (action Idle, not applied);
    /// record t applies the prompt change of t, if any, then steps with the policy's action.
    /// </summary>
    public void Run(EpisodeWriter writer, Action frameDone, CancellationToken cancellationToken)
    {
        var agent = default(AgentState);
        for (var t = 0; t < _spec.Frames; t++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var prompt = _prompts.At(t);
            if (prompt is not null)
            {
                _world.Scene = PromptParser.Parse(prompt, _world.Scene).Scene;
            }
            var step = new SteeringStep(AgentAction.Idle, SteeringMode.Idle);
            if (t > 0)
            {
                step = _policy.Next(agent);
                _world.Step(step.Action);
            }
            var state = _world.Snapshot();
            agent = state.Agent;
            _renderer.Render(_world, _spec.FrameSize, _frame);
            writer.WriteFrame(step.Action, step.Mode, prompt, state, _frame);
            frameDone();
        }
    }
}
