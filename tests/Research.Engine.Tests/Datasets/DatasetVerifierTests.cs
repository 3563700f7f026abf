using Research.Engine.Datasets;

namespace Research.Engine.Tests.Datasets;

public sealed class DatasetVerifierTests
{
    [Fact]
    public void Verify_IntactDataset_ValidWithRecomputedHash()
    {
        using var temp = new TempDirectory();
        var manifest = Generate(temp);

        var report = new DatasetVerifier().Verify(temp.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Empty(report.Problems);
        Assert.True(report.IsValid);
        Assert.Equal(manifest.ContentHash, report.ActualContentHash);
        Assert.Equal((3, manifest.Frames, manifest.Bytes), (report.EpisodesChecked, report.FramesChecked, report.BytesChecked));
    }

    [Fact]
    public void Verify_FlippedTruncatedAndMissingFiles_ReportsEachByName()
    {
        using var temp = new TempDirectory();
        Generate(temp);
        var flipped = temp.Combine("episodes", EpisodeFormat.FileName(0));
        var bytes = File.ReadAllBytes(flipped);
        bytes[bytes.Length / 2] ^= 0x10;
        File.WriteAllBytes(flipped, bytes);
        var truncated = temp.Combine("episodes", EpisodeFormat.FileName(1));
        File.WriteAllBytes(truncated, File.ReadAllBytes(truncated)[..^100]);
        File.Delete(temp.Combine("episodes", EpisodeFormat.FileName(2)));

        var report = new DatasetVerifier().Verify(temp.Path, cancellationToken: TestContext.Current.CancellationToken);

        Assert.False(report.IsValid);
        Assert.Contains(report.Problems, p => p.File == "episodes/episode-000000.rwe" && p.Message.Contains("CRC", StringComparison.Ordinal) && p.Message.Contains("frame", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.File == "episodes/episode-000000.rwe" && p.Message.Contains("SHA-256", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.File == "episodes/episode-000001.rwe" && p.Message.Contains("truncated", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.File == "episodes/episode-000001.rwe" && p.Message.Contains("bytes; the manifest lists", StringComparison.Ordinal));
        Assert.Contains(report.Problems, p => p.File == "episodes/episode-000002.rwe" && p.Message.Contains("missing", StringComparison.Ordinal));
        Assert.Null(report.ActualContentHash);
    }

    [Fact]
    public void Verify_FlippedByteInHeader_ReportsHeaderCrc()
    {
        using var temp = new TempDirectory();
        Generate(temp);
        var path = temp.Combine("episodes", EpisodeFormat.FileName(1));
        var bytes = File.ReadAllBytes(path);
        bytes[20] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        var report = new DatasetVerifier().Verify(temp.Path, cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(report.Problems, p => p.Message.Contains("CRC", StringComparison.Ordinal));
        Assert.Equal("episodes/episode-000001.rwe", problem.File);
        Assert.Contains("header", problem.Message);
        Assert.Contains(report.Problems, p => p.File == DatasetManifest.FileName && p.Message.Contains("content hash", StringComparison.Ordinal));
    }

    [Fact]
    public void Verify_UnlistedFile_Reported()
    {
        using var temp = new TempDirectory();
        Generate(temp);
        File.WriteAllText(temp.Combine("episodes", "episode-000009.rwe.partial"), "left over");

        var report = new DatasetVerifier().Verify(temp.Path, cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(report.Problems);
        Assert.Equal("episodes/episode-000009.rwe.partial", problem.File);
    }

    [Fact]
    public void Verify_EditedManifest_ReportsManifest()
    {
        using var temp = new TempDirectory();
        Generate(temp);
        var path = temp.Combine(DatasetManifest.FileName);
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"frames\": 72", "\"frames\": 73", StringComparison.Ordinal));

        var report = new DatasetVerifier().Verify(temp.Path, cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(DatasetManifest.FileName, problem.File);
        Assert.Contains("73", problem.Message);
    }

    [Fact]
    public void Verify_NoManifest_ReportsItMissing()
    {
        using var temp = new TempDirectory();

        var report = new DatasetVerifier().Verify(temp.Path, cancellationToken: TestContext.Current.CancellationToken);

        var problem = Assert.Single(report.Problems);
        Assert.Equal(DatasetManifest.FileName, problem.File);
        Assert.Contains("no manifest", problem.Message);
    }

    private static DatasetManifest Generate(TempDirectory temp) =>
        new DatasetGenerator(DatasetGeneratorTests.Options(temp.Path)).Generate(cancellationToken: TestContext.Current.CancellationToken);
}
