namespace Research.Engine.Storage;

/// <summary>
/// The run store's file cannot be used: it is in use, damaged, foreign, newer than this build, or the disk failed.
/// The message names the file and says what to do; the store never deletes or overwrites a file it cannot read.
/// </summary>
public sealed class RunStoreException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">What went wrong.</param>
    /// <param name="databasePath">The full path of the database file concerned.</param>
    /// <param name="message">A message that names the file and says what to do.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    public RunStoreException(RunStoreFailure failure, string databasePath, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        DatabasePath = databasePath;
    }

    /// <summary>What went wrong.</summary>
    public RunStoreFailure Failure { get; }

    /// <summary>The full path of the database file concerned.</summary>
    public string DatabasePath { get; }
}
