using Research.Engine.Datasets;
using Research.Engine.World;

namespace Research.Engine.Tests.Datasets;

public sealed class EpisodeSpecTests
{
    [Fact]
    public void Derive_ManyEpisodes_ExploreShareAndEveryPreset()
    {
        var options = new DatasetOptions { OutputDirectory = "unused", Seed = 3, ExploreFraction = 0.8 };

        var specs = Enumerable.Range(0, 4000).Select(i => EpisodeSpec.Derive(options, i)).ToArray();

        Assert.InRange(specs.Count(s => s.Explore) / 4000.0, 0.77, 0.83);
        Assert.Equal(ScenePresets.Names.Order(), specs.Select(s => s.Preset).Distinct().Order());
        Assert.Equal(specs.Length, specs.Select(s => s.WorldSeed).Distinct().Count());
    }

    [Fact]
    public void Derive_SameSeedAndIndex_SameEpisodeWhateverElseChanges()
    {
        var options = new DatasetOptions { OutputDirectory = "a", Seed = 3, Episodes = 5 };

        var first = EpisodeSpec.Derive(options, 4);
        var second = EpisodeSpec.Derive(options with { OutputDirectory = "b", Episodes = 50, MaxParallelism = 1 }, 4);

        Assert.Equal(first, second);
        Assert.NotEqual(first, EpisodeSpec.Derive(options with { Seed = 4 }, 4));
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(1.0, 200)]
    public void Derive_ExtremeFractions_AllArenasOrAllExplore(double fraction, int explore)
    {
        var options = new DatasetOptions { OutputDirectory = "unused", ExploreFraction = fraction };

        var count = Enumerable.Range(0, 200).Count(i => EpisodeSpec.Derive(options, i).Explore);

        Assert.Equal(explore, count);
    }
}
