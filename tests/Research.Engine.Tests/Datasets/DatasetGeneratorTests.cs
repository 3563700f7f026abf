using Research.Engine.Datasets;
using Research.Engine.World;

namespace Research.Engine.Tests.Datasets;

public sealed class DatasetGeneratorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Generate_TinyDataset_FramesEqualReSimulatingTheWorld()
    {
        using var temp = new TempDirectory();
        var options = Options(temp.Path, episodes: 2, frames: 520, size: 32) with { ExploreFraction = 0.5 };

        var manifest = new DatasetGenerator(options).Generate(cancellationToken: TestContext.Current.CancellationToken);

        var dataset = DatasetReader.Open(temp.Path);
        var prompts = 0;
        for (var i = 0; i < manifest.Episodes; i++)
        {
            using var reader = dataset.OpenEpisode(i);
            var header = reader.Header;
            var world = new WorldSimulator(new WorldOptions { Seed = header.WorldSeed, Explore = header.Explore }, ScenePresets.Get(header.Preset));
            var renderer = new FrameRenderer();
            foreach (var record in reader.ReadAll())
            {
                if (record.PromptChange is { } prompt)
                {
                    world.Scene = PromptParser.Parse(prompt, world.Scene).Scene;
                    prompts++;
                }
                if (record.Index > 0)
                {
                    world.Step(record.Action);
                }
                var truth = world.Snapshot();
                Assert.Equal(renderer.Render(world, header.FrameSize), record.Frame);
                Assert.Equal(truth.Frame, record.State.Frame);
                Assert.Equal(truth.Agent, record.State.Agent);
                Assert.Equal(truth.Objects, record.State.Objects);
                Assert.Equal((truth.CameraX, truth.CameraY), (record.State.CameraX, record.State.CameraY));
                Assert.Equal(truth.VisibleTiles, record.State.VisibleTiles);
                Assert.Equal(truth.Scene, record.State.Scene);
            }
            Assert.True(reader.IsComplete);
            Assert.Equal(520, reader.FramesRead);
        }
        Assert.InRange(prompts, 4, 8);
    }

    [Fact]
    public void Generate_Completed_ManifestCountsSizesAndHashes()
    {
        using var temp = new TempDirectory();
        var options = Options(temp.Path, episodes: 3, frames: 12);

        var manifest = new DatasetGenerator(options, new FixedTimeProvider(Now)).Generate(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((3, 36L), (manifest.Episodes, manifest.Frames));
        Assert.Equal(Now, manifest.StartedAt);
        Assert.Equal(Now, manifest.CompletedAt);
        Assert.Equal(manifest.EpisodeFiles.Sum(e => new FileInfo(temp.Combine(e.File)).Length), manifest.Bytes);
        Assert.All(manifest.EpisodeFiles, e => Assert.Matches("^[0-9a-f]{64}$", e.Sha256));
        Assert.Equal(DatasetManifest.ComputeContentHash(manifest.EpisodeFiles), manifest.ContentHash);
        Assert.Equal(manifest, DatasetManifest.Load(temp.Path) with { EpisodeFiles = manifest.EpisodeFiles });
        Assert.Equal(manifest.EpisodeFiles, DatasetManifest.Load(temp.Path).EpisodeFiles);
        Assert.Empty(Directory.EnumerateFiles(temp.Path, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void Generate_SameOptions_SameContentHashWhateverTheParallelism()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        var a = new DatasetGenerator(Options(first.Path) with { MaxParallelism = 1 }).Generate(cancellationToken: TestContext.Current.CancellationToken);
        var b = new DatasetGenerator(Options(second.Path) with { MaxParallelism = 2 }).Generate(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(a.ContentHash, b.ContentHash);
        Assert.Equal(File.ReadAllBytes(first.Combine(a.EpisodeFiles[2].File)), File.ReadAllBytes(second.Combine(b.EpisodeFiles[2].File)));
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentContentHash()
    {
        using var first = new TempDirectory();
        using var second = new TempDirectory();

        var a = new DatasetGenerator(Options(first.Path) with { Seed = 1 }).Generate(cancellationToken: TestContext.Current.CancellationToken);
        var b = new DatasetGenerator(Options(second.Path) with { Seed = 2 }).Generate(cancellationToken: TestContext.Current.CancellationToken);

        Assert.NotEqual(a.ContentHash, b.ContentHash);
    }

    [Fact]
    public void Generate_AfterKillMidEpisode_ResumesToTheSameContentHash()
    {
        using var uninterrupted = new TempDirectory();
        using var interrupted = new TempDirectory();
        var expected = new DatasetGenerator(Options(uninterrupted.Path)).Generate(cancellationToken: TestContext.Current.CancellationToken);
        new DatasetGenerator(Options(interrupted.Path)).Generate(cancellationToken: TestContext.Current.CancellationToken);
        // What a kill during episode 2 leaves: no manifest, episode 2 only as a partial temporary file.
        var last = interrupted.Combine("episodes", EpisodeFormat.FileName(2));
        File.WriteAllBytes(last + EpisodeFormat.PartialSuffix, File.ReadAllBytes(last)[..1000]);
        File.Delete(last);
        File.Delete(interrupted.Combine(DatasetManifest.FileName));
        var resumed = 0;

        var actual = new DatasetGenerator(Options(interrupted.Path)).Generate(new InlineProgress(p => resumed = p.EpisodesResumed), TestContext.Current.CancellationToken);

        Assert.Equal(expected.ContentHash, actual.ContentHash);
        Assert.Equal(2, resumed);
        Assert.Empty(Directory.EnumerateFiles(interrupted.Combine("episodes"), "*" + EpisodeFormat.PartialSuffix));
    }

    [Fact]
    public void Generate_CancelledAfterFirstEpisode_LeavesNoPartialFilesAndResumes()
    {
        using var uninterrupted = new TempDirectory();
        using var interrupted = new TempDirectory();
        var expected = new DatasetGenerator(Options(uninterrupted.Path)).Generate(cancellationToken: TestContext.Current.CancellationToken);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var options = Options(interrupted.Path) with { MaxParallelism = 1 };

        Assert.ThrowsAny<OperationCanceledException>(() =>
            new DatasetGenerator(options).Generate(new InlineProgress(p => { if (p.EpisodesCompleted == 1) { cancel.Cancel(); } }), cancel.Token));
        var files = Directory.GetFiles(interrupted.Combine("episodes")).Select(Path.GetFileName).ToArray();
        var manifestAfterCancel = File.Exists(interrupted.Combine(DatasetManifest.FileName));
        var actual = new DatasetGenerator(options).Generate(cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal([EpisodeFormat.FileName(0)], files);
        Assert.False(manifestAfterCancel);
        Assert.Equal(expected.ContentHash, actual.ContentHash);
    }

    [Fact]
    public void Generate_CompleteEpisodeDamagedBeforeResume_RegeneratesIt()
    {
        using var temp = new TempDirectory();
        var expected = new DatasetGenerator(Options(temp.Path)).Generate(cancellationToken: TestContext.Current.CancellationToken);
        var damaged = temp.Combine("episodes", EpisodeFormat.FileName(1));
        var bytes = File.ReadAllBytes(damaged);
        bytes[bytes.Length / 2] ^= 0x40;
        File.WriteAllBytes(damaged, bytes);
        File.Delete(temp.Combine(DatasetManifest.FileName));
        var resumed = 0;

        var actual = new DatasetGenerator(Options(temp.Path)).Generate(new InlineProgress(p => resumed = p.EpisodesResumed), TestContext.Current.CancellationToken);

        Assert.Equal(expected.ContentHash, actual.ContentHash);
        Assert.Equal(2, resumed);
    }

    [Fact]
    public void Generate_CompleteDatasetAgain_KeepsEveryEpisodeAndHash()
    {
        using var temp = new TempDirectory();
        var first = new DatasetGenerator(Options(temp.Path)).Generate(cancellationToken: TestContext.Current.CancellationToken);
        var resumed = 0;

        var second = new DatasetGenerator(Options(temp.Path)).Generate(new InlineProgress(p => resumed = p.EpisodesResumed), TestContext.Current.CancellationToken);

        Assert.Equal(first.ContentHash, second.ContentHash);
        Assert.Equal(3, resumed);
    }

    [Fact]
    public void Generate_DirectoryOfOtherOptions_RefusedNamingTheDifference()
    {
        using var temp = new TempDirectory();
        new DatasetGenerator(Options(temp.Path, frames: 10) with { Seed = 1 }).Generate(cancellationToken: TestContext.Current.CancellationToken);

        var error = Assert.Throws<InvalidOperationException>(() =>
            new DatasetGenerator(Options(temp.Path, frames: 12) with { Seed = 2 }).Generate(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("generator.json", error.Message);
        Assert.Contains("seed 1 there vs 2 here", error.Message);
        Assert.Contains("frames per episode 10 there vs 12 here", error.Message);
    }

    [Fact]
    public void Generate_OnlyEpisodesOfOtherOptionsLeft_RefusedNamingTheFile()
    {
        using var temp = new TempDirectory();
        new DatasetGenerator(Options(temp.Path) with { Seed = 1 }).Generate(cancellationToken: TestContext.Current.CancellationToken);
        File.Delete(temp.Combine(DatasetManifest.FileName));
        File.Delete(temp.Combine("generator.json"));

        var error = Assert.Throws<InvalidOperationException>(() =>
            new DatasetGenerator(Options(temp.Path) with { Seed = 2 }).Generate(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("episode-00000", error.Message);
        Assert.Contains("dataset seed 1 there vs 2 here", error.Message);
    }

    [Fact]
    public void Generate_LeftEpisodeBeyondTheseOptions_RefusedBeforeWritingAnything()
    {
        using var temp = new TempDirectory();
        new DatasetGenerator(Options(temp.Path, episodes: 3)).Generate(cancellationToken: TestContext.Current.CancellationToken);
        File.Delete(temp.Combine(DatasetManifest.FileName));
        File.Delete(temp.Combine("generator.json"));
        File.Delete(temp.Combine("episodes", EpisodeFormat.FileName(0)));

        var error = Assert.Throws<InvalidOperationException>(() =>
            new DatasetGenerator(Options(temp.Path, episodes: 2)).Generate(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains(EpisodeFormat.FileName(2), error.Message);
        Assert.False(File.Exists(temp.Combine("episodes", EpisodeFormat.FileName(0))));
        Assert.False(File.Exists(temp.Combine("generator.json")));
    }

    [Fact]
    public void Generate_AnotherGeneratorRunning_Refused()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Combine("episodes"));
        using var running = GeneratorLock.Acquire(temp.Path);

        var error = Assert.Throws<InvalidOperationException>(() =>
            new DatasetGenerator(Options(temp.Path)).Generate(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Contains("another generator", error.Message);
    }

    [Fact]
    public void Generate_Finished_RemovesItsLock()
    {
        using var temp = new TempDirectory();

        new DatasetGenerator(Options(temp.Path, episodes: 1)).Generate(cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(File.Exists(temp.Combine(GeneratorLock.FileName)));
    }

    [Theory]
    [InlineData(0, 10, 64, 0.5, "Episodes")]
    [InlineData(1, 1, 64, 0.5, "FramesPerEpisode")]
    [InlineData(1, 10, 40, 0.5, "FrameSize")]
    [InlineData(1, 10, 64, 1.5, "ExploreFraction")]
    public void Generate_BadOptions_ThrowsNamingTheOption(int episodes, int frames, int size, double explore, string name)
    {
        using var temp = new TempDirectory();
        var options = Options(temp.Path, episodes, frames, size) with { ExploreFraction = explore };

        var error = Assert.ThrowsAny<ArgumentException>(() => new DatasetGenerator(options).Generate(cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(name, error.ParamName);
        Assert.False(File.Exists(temp.Combine("generator.json")));
    }

    internal static DatasetOptions Options(string directory, int episodes = 3, int frames = 24, int size = 16) =>
        new() { OutputDirectory = directory, Episodes = episodes, FramesPerEpisode = frames, FrameSize = size, Seed = 7 };
}
