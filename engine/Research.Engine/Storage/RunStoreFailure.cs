namespace Research.Engine.Storage;

/// <summary>What went wrong with the run store's file, carried by <see cref="RunStoreException"/>.</summary>
public enum RunStoreFailure
{
    /// <summary>Another process (or another store in this process) has the database open.</summary>
    InUse,

    /// <summary>The file is not a run store: not a LiteDB 5 database, encrypted, or a LiteDB database of another program.</summary>
    NotARunStore,

    /// <summary>The file was written by a newer workbench whose schema this build does not know.</summary>
    NewerSchema,

    /// <summary>The disk holding the file is full.</summary>
    DiskFull,

    /// <summary>The operating system refused to read or write the file or its folder.</summary>
    Io,

    /// <summary>The database engine failed, typically because the file is damaged.</summary>
    Database,
}
