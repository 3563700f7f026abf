using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>Everything that decides one episode, derived from the dataset's seed and the episode's index alone.</summary>
internal sealed record EpisodeSpec(int Index, int DatasetSeed, int WorldSeed, bool Explore, string Preset, ulong PolicySeed, ulong PromptSeed, int Frames, int FrameSize)
{
    private const long EpisodeStream = 0x45504953; // "EPIS": keeps these draws apart from any other use of the seed.

    /// <summary>
    /// Derives episode <paramref name="index"/> of the dataset <paramref name="options"/> describe. Depends only on the
    /// seed, the index, the explore fraction, and the frame count and size, so episodes can be made in any order.
    /// </summary>
    public static EpisodeSpec Derive(DatasetOptions options, int index)
    {
        var random = new DeterministicRandom(DeterministicRandom.Hash((ulong)(uint)options.Seed, index, EpisodeStream));
        var worldSeed = (int)(random.NextUInt64() >> 33);
        var explore = random.NextFloat() < options.ExploreFraction;
        var preset = ScenePresets.Names[random.Next(ScenePresets.Names.Count)];
        var policySeed = random.NextUInt64();
        var promptSeed = random.NextUInt64();
        return new EpisodeSpec(index, options.Seed, worldSeed, explore, preset, policySeed, promptSeed, options.FramesPerEpisode, options.FrameSize);
    }

    public WorldOptions WorldOptions => new() { Seed = WorldSeed, Explore = Explore };
}
