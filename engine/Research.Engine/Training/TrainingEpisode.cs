using Research.Engine.Datasets;
using Research.Engine.World;

namespace Research.Engine.Training;

/// <summary>One dataset episode held in memory for training: frames, actions, prompts and the ground truth that supervises (never feeds) the model.</summary>
internal sealed record TrainingEpisode(
    byte[] Frames, AgentAction[] Actions, long[] Prompts, float[] CameraX, float[] CameraY, float[] AgentX, float[] AgentY,
    int[] FacingX, int[] FacingY, float[][] Objects, int WorldSize, int Length)
{
    /// <summary>Reads episode <paramref name="index"/> of <paramref name="reader"/>.</summary>
    public static TrainingEpisode Read(DatasetReader reader, int index, int size, int maxTokens)
    {
        using var file = reader.OpenEpisode(index);
        var records = file.ReadAll().ToList();
        var n = records.Count;
        var frame = size * size * 3;
        var episode = new TrainingEpisode(
            new byte[n * frame], new AgentAction[n], new long[n * maxTokens], new float[n], new float[n], new float[n], new float[n],
            new int[n], new int[n], new float[n][], new WorldOptions { Explore = file.Header.Explore }.Size, n);
        for (var t = 0; t < n; t++)
        {
            var record = records[t];
            record.Frame.CopyTo(episode.Frames, t * frame);
            episode.Actions[t] = record.Action;
            TrainingData.PadTokens(record.PromptTokens, maxTokens).CopyTo(episode.Prompts, t * maxTokens);
            (episode.CameraX[t], episode.CameraY[t]) = (record.State.CameraX, record.State.CameraY);
            (episode.AgentX[t], episode.AgentY[t]) = (record.State.Agent.X, record.State.Agent.Y);
            (episode.FacingX[t], episode.FacingY[t]) = (record.State.Agent.FacingX, record.State.Agent.FacingY);
            episode.Objects[t] = [.. record.State.Objects.Where(o => o.Active).SelectMany(o => new[] { o.X, o.Y })];
        }
        return episode;
    }

    /// <summary>The true move into frame <paramref name="t"/> from frame t-1: agent dx, dy, camera dx, dy (world units).</summary>
    public (float AgentX, float AgentY, float CameraX, float CameraY) Move(int t) => t <= 0
        ? (0, 0, 0, 0)
        : (AgentX[t] - AgentX[t - 1], AgentY[t] - AgentY[t - 1], CameraX[t] - CameraX[t - 1], CameraY[t] - CameraY[t - 1]);
}
