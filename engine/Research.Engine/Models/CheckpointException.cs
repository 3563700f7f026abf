namespace Research.Engine.Models;

/// <summary>A checkpoint is missing, corrupt, truncated or does not match the model; the message names what and where.</summary>
public sealed class CheckpointException : Exception
{
    /// <summary>Creates the exception for <paramref name="path"/>.</summary>
    public CheckpointException(string path, string message, Exception? inner = null)
        : base($"Checkpoint {path}: {message}", inner)
    {
        Path = path;
    }

    /// <summary>The checkpoint directory or file at fault.</summary>
    public string Path { get; }
}
