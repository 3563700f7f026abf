namespace Research.Notebooks.Running;

/// <summary>A kernel directive the runner cannot honour.</summary>
internal sealed class DirectiveException(int cell, int line, string message) : Exception(message)
{
    public int Cell { get; } = cell;

    public int Line { get; } = line;
}
