namespace Research.Engine.Scenarios;

/// <summary>Malformed JSON, with the position the reader stopped at and the path of the value it was in.</summary>
internal sealed class JsonSyntaxException(string path, int line, int column, string readerMessage) : Exception(readerMessage)
{
    public string Path { get; } = path;

    public int Line { get; } = line;

    public int Column { get; } = column;

    /// <summary>The reader's message without its trailing "LineNumber: … | BytePositionInLine: …", which the error reports itself.</summary>
    public string Reason
    {
        get
        {
            var cut = Message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            return (cut < 0 ? Message : Message[..cut]).TrimEnd();
        }
    }
}
