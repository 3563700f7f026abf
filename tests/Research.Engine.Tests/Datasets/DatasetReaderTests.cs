using Research.Engine.Datasets;

namespace Research.Engine.Tests.Datasets;

public sealed class DatasetReaderTests
{
    [Fact]
    public void ReadWindows_DefaultStride_ConsecutiveRecordsSharingOneAcrossWindows()
    {
        using var temp = new TempDirectory();
        new DatasetGenerator(DatasetGeneratorTests.Options(temp.Path, episodes: 2, frames: 10)).Generate(cancellationToken: TestContext.Current.CancellationToken);
        var dataset = DatasetReader.Open(temp.Path);

        var windows = dataset.ReadWindows(4).ToArray();

        Assert.Equal([(0, 0), (0, 3), (0, 6), (1, 0), (1, 3), (1, 6)], windows.Select(w => (w.Episode, w.Start)));
        Assert.All(windows, w => Assert.Equal(Enumerable.Range(w.Start, 4), w.Records.Select(r => r.Index)));
        Assert.NotSame(windows[0].Records[3].Frame, windows[1].Records[1].Frame);
        Assert.Equal(windows[0].Records[3].Frame, windows[1].Records[0].Frame);
    }

    [Fact]
    public void OpenEpisode_FileSwappedWithAnother_ThrowsNamingFile()
    {
        using var temp = new TempDirectory();
        new DatasetGenerator(DatasetGeneratorTests.Options(temp.Path, episodes: 2, frames: 5)).Generate(cancellationToken: TestContext.Current.CancellationToken);
        var first = temp.Combine("episodes", EpisodeFormat.FileName(0));
        File.Copy(temp.Combine("episodes", EpisodeFormat.FileName(1)), first, overwrite: true);
        var dataset = DatasetReader.Open(temp.Path);

        var error = Assert.Throws<DatasetFormatException>(() => dataset.OpenEpisode(0));

        Assert.Equal(first, error.FilePath);
        Assert.Contains("not the manifest's entry 0", error.Message);
    }

    [Fact]
    public void Open_NotADataset_ThrowsNamingManifest()
    {
        using var temp = new TempDirectory();

        var error = Assert.Throws<DatasetFormatException>(() => DatasetReader.Open(temp.Path));

        Assert.EndsWith(DatasetManifest.FileName, error.FilePath);
    }
}
