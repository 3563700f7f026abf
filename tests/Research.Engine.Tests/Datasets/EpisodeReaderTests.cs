using Research.Engine.Datasets;
using Research.Engine.World;

namespace Research.Engine.Tests.Datasets;

public sealed class EpisodeReaderTests
{
    [Fact]
    public void ReadNext_ValidEpisode_RecordsThenNullAndComplete()
    {
        using var temp = new TempDirectory();
        var path = WriteEpisode(temp, frames: 30);
        using var reader = new EpisodeReader(path);

        var records = new List<EpisodeRecord>();
        while (reader.ReadNext() is { } record)
        {
            records.Add(record);
        }

        Assert.True(reader.IsComplete);
        Assert.Equal(Enumerable.Range(0, 30), records.Select(r => r.Index));
        Assert.Equal(AgentAction.Idle, records[0].Action);
        Assert.NotNull(records[0].PromptChange);
        Assert.All(records, r => Assert.Equal(records[0].PromptChange, r.Prompt));
        Assert.Equal(PromptParser.Parse(records[0].Prompt, ScenePresets.Default).Tokens, records[0].PromptTokens);
        Assert.Null(reader.ReadNext());
    }

    [Fact]
    public void ReadNext_WithFrameBuffer_DecodesIntoIt()
    {
        using var temp = new TempDirectory();
        using var reader = new EpisodeReader(WriteEpisode(temp, frames: 5));
        var buffer = new byte[16 * 16 * 3];

        var first = reader.ReadNext(buffer);
        var copy = buffer.ToArray();
        var second = reader.ReadNext(buffer);

        Assert.Same(buffer, first!.Frame);
        Assert.Same(buffer, second!.Frame);
        Assert.True(copy.Distinct().Count() > 4);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(60, true)]
    [InlineData(-300, true)]
    [InlineData(-1, true)]
    public void ReadAll_TruncatedFile_ThrowsNamingFileAndOffset(int keep, bool inFrames)
    {
        using var temp = new TempDirectory();
        var path = WriteEpisode(temp, frames: 10);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(keep > 0 ? keep : bytes.Length + keep)]);

        var error = Assert.Throws<DatasetFormatException>(() =>
        {
            using var reader = new EpisodeReader(path);
            reader.ReadToEnd();
        });

        Assert.Equal(path, error.FilePath);
        Assert.StartsWith(path, error.Message);
        Assert.Contains("truncated", error.Message);
        Assert.NotNull(error.Offset);
        Assert.Equal(inFrames, error.FrameIndex is not null);
    }

    [Fact]
    public void Open_NotAnEpisode_ThrowsNamingMagic()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("notes.rwe");
        File.WriteAllText(path, "these are not the frames you are looking for");

        var error = Assert.Throws<DatasetFormatException>(() => new EpisodeReader(path));

        Assert.Contains("magic", error.Message);
        Assert.Equal(0, error.Offset);
    }

    [Fact]
    public void Open_NewerVersion_ThrowsNamingVersion()
    {
        using var temp = new TempDirectory();
        var path = WriteEpisode(temp, frames: 3);
        var bytes = File.ReadAllBytes(path);
        bytes[8] = 9;
        File.WriteAllBytes(path, bytes);

        var error = Assert.Throws<DatasetFormatException>(() => new EpisodeReader(path));

        Assert.Contains("version 9", error.Message);
    }

    [Fact]
    public void Open_MissingFile_ThrowsNamingFile()
    {
        using var temp = new TempDirectory();
        var path = temp.Combine("gone.rwe");

        var error = Assert.Throws<DatasetFormatException>(() => new EpisodeReader(path));

        Assert.Equal(path, error.FilePath);
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public void ReadAll_BytesAfterTrailer_Throws()
    {
        using var temp = new TempDirectory();
        var path = WriteEpisode(temp, frames: 3);
        File.AppendAllText(path, "x");

        var error = Assert.Throws<DatasetFormatException>(() =>
        {
            using var reader = new EpisodeReader(path);
            reader.ReadToEnd();
        });

        Assert.Contains("after the end trailer", error.Message);
    }

    /// <summary>Writes one 16-pixel episode straight through the writer, as the generator does.</summary>
    private static string WriteEpisode(TempDirectory temp, int frames)
    {
        var options = DatasetGeneratorTests.Options(temp.Path, episodes: 1, frames: frames);
        var path = temp.Combine(EpisodeFormat.FileName(0));
        using var file = File.Create(path);
        var simulation = new EpisodeSimulation(EpisodeSpec.Derive(options, 0));
        var writer = new EpisodeWriter(file, simulation.Header);
        simulation.Run(writer, () => { }, TestContext.Current.CancellationToken);
        writer.Finish();
        return path;
    }
}
