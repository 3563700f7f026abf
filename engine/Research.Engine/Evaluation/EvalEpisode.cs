using Research.Engine.Datasets;
using Research.Engine.Scenarios;
using Research.Engine.Simulation;
using Research.Engine.World;

namespace Research.Engine.Evaluation;

/// <summary>A ground-truth episode the model is rolled out against: the same start frame, actions and prompts.</summary>
/// <param name="Index">Episode index in its dataset.</param>
/// <param name="Explore">Whether the world is an explore world (else an arena).</param>
/// <param name="Frames">Ground-truth frames, RGB, <see cref="FrameSize"/> square; frame 0 starts the rollout.</param>
/// <param name="Actions">Action stepped to reach each frame (index 0 unused).</param>
/// <param name="PromptTokens">Prompt tokens in effect at each frame.</param>
/// <param name="Agents">The agent's position in view pixels at each frame.</param>
/// <param name="Cameras">View top-left in world units at each frame.</param>
/// <param name="FrameSize">Frame side in pixels.</param>
public sealed record EvalEpisode(
    int Index, bool Explore, IReadOnlyList<byte[]> Frames, IReadOnlyList<AgentAction> Actions, IReadOnlyList<IReadOnlyList<int>> PromptTokens,
    IReadOnlyList<(float X, float Y)> Agents, IReadOnlyList<(float X, float Y)> Cameras, int FrameSize)
{
    /// <summary>The agent's starting pose, from which the model dead-reckons its view.</summary>
    public AgentKinematics StartPose => AgentKinematics.Start(new WorldOptions { Explore = Explore });

    /// <summary>
    /// Replays <paramref name="scenario"/> in the ground-truth world (paused ticks give no frame). The prompt in effect
    /// is the latest prompt text, or a preset's name after a preset change, as the model reads presets through its prompt.
    /// </summary>
    public static EvalEpisode FromScenario(Scenario scenario, int size, int index)
    {
        var replay = new ScenarioReplay(scenario, size);
        var scale = (float)size / WorldOptions.ViewSize;
        var start = replay.World.Snapshot();
        var prompt = scenario.Prompt ?? scenario.Preset;
        var frames = new List<byte[]> { replay.RenderCurrent() };
        var actions = new List<AgentAction> { AgentAction.Idle };
        var tokens = new List<IReadOnlyList<int>> { Tokens(prompt) };
        var agents = new List<(float, float)> { ((start.Agent.X - start.CameraX) * scale, (start.Agent.Y - start.CameraY) * scale) };
        var cameras = new List<(float, float)> { (start.CameraX, start.CameraY) };
        foreach (var frame in replay.Run())
        {
            prompt = frame.Tick.Prompt ?? frame.Tick.Preset ?? prompt;
            frames.Add(frame.Rgb);
            actions.Add(frame.Tick.Action);
            tokens.Add(Tokens(prompt));
            agents.Add(((frame.State.Agent.X - frame.State.CameraX) * scale, (frame.State.Agent.Y - frame.State.CameraY) * scale));
            cameras.Add((frame.State.CameraX, frame.State.CameraY));
        }
        return new EvalEpisode(index, scenario.Explore, frames, actions, tokens, agents, cameras, size);
    }

    /// <summary>The agent's true motion in world units from frame <paramref name="frame"/> - 1 to <paramref name="frame"/> (down is positive).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The frame is not from 1 to the last.</exception>
    public (float Dx, float Dy) AgentMotion(int frame)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(frame, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(frame, Agents.Count);
        var unitsPerPixel = (float)WorldOptions.ViewSize / FrameSize;
        return (
            (Agents[frame].X - Agents[frame - 1].X) * unitsPerPixel + Cameras[frame].X - Cameras[frame - 1].X,
            (Agents[frame].Y - Agents[frame - 1].Y) * unitsPerPixel + Cameras[frame].Y - Cameras[frame - 1].Y);
    }

    /// <summary>The agent's pose at every frame, dead-reckoned from <see cref="StartPose"/> with the episode's actions (what a model is started from).</summary>
    public IReadOnlyList<AgentKinematics> Poses()
    {
        var poses = new AgentKinematics[Actions.Count];
        poses[0] = StartPose;
        for (var t = 1; t < poses.Length; t++)
        {
            poses[t] = poses[t - 1].Step(Actions[t]);
        }
        return poses;
    }

    private static IReadOnlyList<int> Tokens(string? prompt) =>
        string.IsNullOrWhiteSpace(prompt) ? [] : PromptParser.Parse(prompt, ScenePresets.Default).Tokens;

    /// <summary>Reads the first <paramref name="frames"/> frames of every episode of the dataset at <paramref name="directory"/>.</summary>
    /// <exception cref="ArgumentException">An episode is shorter than asked for.</exception>
    public static IReadOnlyList<EvalEpisode> Load(string directory, int frames)
    {
        var reader = DatasetReader.Open(directory);
        var size = reader.Manifest.FrameSize;
        var scale = (float)size / WorldOptions.ViewSize;
        var episodes = new List<EvalEpisode>();
        for (var e = 0; e < reader.Manifest.Episodes; e++)
        {
            using var file = reader.OpenEpisode(e);
            var records = file.ReadAll().Take(frames).ToList();
            if (records.Count < frames)
            {
                throw new ArgumentException($"{file.Path}: the episode has {records.Count} frames; the evaluation needs {frames}.");
            }
            episodes.Add(new EvalEpisode(
                e, file.Header.Explore, [.. records.Select(r => r.Frame)], [.. records.Select(r => r.Action)], [.. records.Select(r => r.PromptTokens)],
                [.. records.Select(r => ((r.State.Agent.X - r.State.CameraX) * scale, (r.State.Agent.Y - r.State.CameraY) * scale))],
                [.. records.Select(r => (r.State.CameraX, r.State.CameraY))], size));
        }
        return episodes;
    }
}
