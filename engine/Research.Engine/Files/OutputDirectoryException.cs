namespace Research.Engine.Files;

/// <summary>An output folder cannot be written: its target holds something this program did not write there.</summary>
/// <remarks>An <see cref="IOException"/>, so callers that report file problems report this one too; nothing was deleted.</remarks>
public sealed class OutputDirectoryException : IOException
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    /// <param name="path">The output folder.</param>
    /// <param name="message">What is in the way and what to do.</param>
    public OutputDirectoryException(string path, string message)
        : base(message)
    {
        Path = path;
    }

    /// <summary>The output folder.</summary>
    public string Path { get; }
}
