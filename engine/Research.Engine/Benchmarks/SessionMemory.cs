using Research.Engine.Models;
using Research.Engine.World;

namespace Research.Engine.Benchmarks;

/// <summary>Resident memory a live session adds on top of the shared weights: process RSS before and after opening sessions and running them.</summary>
/// <param name="Sessions">Sessions opened at once (all sharing one model).</param>
/// <param name="Frames">Frames each ran, in the quality mode (the largest state: memory, two latents, 128x128 output).</param>
/// <param name="BaselineBytes">Resident set before the sessions were opened.</param>
/// <param name="AfterBytes">Resident set with every session open after its frames.</param>
public sealed record SessionMemory(int Sessions, int Frames, long BaselineBytes, long AfterBytes)
{
    /// <summary>Resident bytes added per session.</summary>
    public double BytesPerSession => (double)(AfterBytes - BaselineBytes) / Sessions;

    /// <summary>Opens <paramref name="sessions"/> rollouts of <paramref name="model"/> in an explore world and steps each <paramref name="frames"/> times.</summary>
    public static SessionMemory Measure(WorldModel model, int sessions, int frames)
    {
        var world = new WorldSimulator(new WorldOptions());
        var start = new FrameRenderer().Render(world, model.Config.FrameSize);
        GC.Collect();
        var baseline = ProcessMemory.ResidentBytes();
        var rollouts = Enumerable.Range(0, sessions).Select(_ => new ModelRollout(model, QualityMode.Quality)).ToList();
        try
        {
            foreach (var rollout in rollouts)
            {
                rollout.Start(start, world.Agent);
                for (var i = 0; i < frames; i++)
                {
                    rollout.Step(AgentActions.All[i / 20 % AgentActions.All.Count], [2, 3]);
                }
            }
            GC.Collect();
            return new SessionMemory(sessions, frames, baseline, ProcessMemory.ResidentBytes());
        }
        finally
        {
            rollouts.ForEach(r => r.Dispose());
        }
    }
}
