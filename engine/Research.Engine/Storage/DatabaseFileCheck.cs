namespace Research.Engine.Storage;

/// <summary>
/// Looks at the first page of a database file before LiteDB opens it. LiteDB 5.0.20 overwrites a short file with a
/// new database and truncates a foreign one to whole pages even when it then refuses it, so only an absent or empty
/// file, or one with a LiteDB 5 header, is handed to it.
/// </summary>
internal static class DatabaseFileCheck
{
    private const int PageSize = 8192;
    private const int HeaderInfoOffset = 32;
    private const int FileVersionOffset = 59;
    private const byte LiteDb5FileVersion = 8;
    private const byte EncryptedMarker = 1;

    private static ReadOnlySpan<byte> HeaderInfo => "** This is a LiteDB file **"u8;

    /// <summary>Throws unless the file is absent, empty, or starts with a plain LiteDB 5 header page. Never writes.</summary>
    /// <exception cref="RunStoreException">The file cannot be a run store, or cannot be read.</exception>
    public static void EnsureOpenable(string path)
    {
        if (Directory.Exists(path))
        {
            throw NotARunStore(path, "it is a folder");
        }
        var length = File.Exists(path) ? new FileInfo(path).Length : 0;
        if (length == 0)
        {
            return;
        }
        if (length < PageSize)
        {
            throw NotARunStore(path, $"it is {length} bytes long, shorter than one LiteDB page ({PageSize} bytes), so it may be damaged or a different kind of file");
        }
        var header = new byte[FileVersionOffset + 1];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            stream.ReadExactly(header);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw StoreErrors.Translate(ex, path, "checking its header");
        }
        if (!header.AsSpan(HeaderInfoOffset, HeaderInfo.Length).SequenceEqual(HeaderInfo))
        {
            throw header[0] == EncryptedMarker
                ? NotARunStore(path, "it looks like an encrypted LiteDB database, and run stores are not encrypted")
                : NotARunStore(path, "its first page has no LiteDB 5 header, so it is damaged or a different kind of file");
        }
        if (header[FileVersionOffset] != LiteDb5FileVersion)
        {
            throw NotARunStore(path, $"it is a LiteDB database of file format {header[FileVersionOffset]}, and run stores use format {LiteDb5FileVersion} (LiteDB 5)");
        }
    }

    private static RunStoreException NotARunStore(string path, string reason) => new(
        RunStoreFailure.NotARunStore,
        path,
        $"The file {path} is not a run store: {reason}. It was left unchanged; move it away or pass another --data-dir.");
}
