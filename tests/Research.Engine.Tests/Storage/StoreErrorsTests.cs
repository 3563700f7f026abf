using LiteDB;
using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

public sealed class StoreErrorsTests
{
    private const string Path = "/data/runs.db";

    [Theory]
    [InlineData(28, "No space left on device : '/data/runs-log.db'")]
    [InlineData(5, "No space left on device")]
    [InlineData(unchecked((int)0x80070070), "There is not enough space on the disk.")]
    public void Translate_DiskFull_GivesDiskFullNamingFile(int hresult, string message)
    {
        // Arrange
        var full = new IOException(message, hresult);

        // Act
        var error = StoreErrors.Translate(full, Path, "appending frames");

        // Assert
        Assert.Equal(RunStoreFailure.DiskFull, error.Failure);
        Assert.Same(full, error.InnerException);
        Assert.StartsWith($"The disk holding the run store {Path} is full (No space left on device) while appending frames.", error.Message);
    }

    [Fact]
    public void Translate_OtherIOException_GivesIoNamingFile()
    {
        var error = StoreErrors.Translate(new IOException("Input/output error", 5), Path, "reading frames");

        Assert.Equal(RunStoreFailure.Io, error.Failure);
        Assert.Equal($"The run store {Path} could not be read or written while reading frames: Input/output error", error.Message);
    }

    [Fact]
    public void Translate_LiteException_GivesDatabaseFailureNamingFile()
    {
        var error = StoreErrors.Translate(new LiteException(0, "Detected loop in FindAll"), Path, "querying runs");

        Assert.Equal(RunStoreFailure.Database, error.Failure);
        Assert.StartsWith($"The run store {Path} failed while querying runs: Detected loop in FindAll. The file may be damaged", error.Message);
    }
}
