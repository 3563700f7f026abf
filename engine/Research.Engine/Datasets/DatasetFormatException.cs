namespace Research.Engine.Datasets;

/// <summary>A dataset file is missing, truncated, corrupt or of another format; the message names the file and where.</summary>
public sealed class DatasetFormatException : Exception
{
    /// <summary>Creates the exception for <paramref name="filePath"/>; offset and frame locate the problem when known.</summary>
    public DatasetFormatException(string filePath, string problem, long? offset = null, int? frameIndex = null, Exception? innerException = null)
        : base($"{filePath}: {Describe(problem, offset, frameIndex)}", innerException)
    {
        FilePath = filePath;
        Problem = problem;
        Offset = offset;
        FrameIndex = frameIndex;
    }

    /// <summary>The file at fault.</summary>
    public string FilePath { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }

    /// <summary>Byte offset in the file where the problem was found, if known.</summary>
    public long? Offset { get; }

    /// <summary>Index of the frame record being read, if any.</summary>
    public int? FrameIndex { get; }

    /// <summary>What is wrong and where, without the file's path.</summary>
    public string Detail => Describe(Problem, Offset, FrameIndex);

    private static string Describe(string problem, long? offset, int? frameIndex)
    {
        var where = (offset, frameIndex) switch
        {
            ({ } o, { } f) => $" (at byte {o}, frame {f})",
            ({ } o, null) => $" (at byte {o})",
            (null, { } f) => $" (frame {f})",
            _ => "",
        };
        return problem + where;
    }
}
