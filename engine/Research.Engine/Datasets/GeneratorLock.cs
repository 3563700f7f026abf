using Research.Engine.Files;

namespace Research.Engine.Datasets;

/// <summary>
/// Keeps a second generator out of a directory while one runs: two would delete and rename each other's
/// temporary files. An exclusive lock on generator.lock, which is removed when the run ends.
/// </summary>
internal sealed class GeneratorLock : IDisposable
{
    public const string FileName = "generator.lock";

    private readonly FileStream _file;
    private readonly string _path;

    private GeneratorLock(FileStream file, string path)
    {
        _file = file;
        _path = path;
    }

    /// <exception cref="InvalidOperationException">Another generator holds the directory.</exception>
    public static GeneratorLock Acquire(string directory)
    {
        var path = Path.Combine(directory, FileName);
        try
        {
            return new GeneratorLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
        }
        catch (IOException e)
        {
            throw new InvalidOperationException($"{path} is locked: another generator is writing this dataset. Wait for it to finish or stop it, then run again.", e);
        }
    }

    public void Dispose()
    {
        // Removed while still held, so no other run can take a lock on a file that is about to vanish.
        AtomicFile.TryDelete(_path);
        _file.Dispose();
    }
}
