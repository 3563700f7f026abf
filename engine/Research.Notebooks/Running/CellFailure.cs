namespace Research.Notebooks.Running;

/// <summary>Why a notebook run stopped: which cell, which line of it, and the error.</summary>
/// <param name="Cell">The cell's number in the notebook, from 1 (markdown cells count).</param>
/// <param name="Line">The line within the cell, from 1; null when the error has no line in the cell.</param>
/// <param name="ErrorType">The exception's type name, or "CompilationError".</param>
/// <param name="Message">The error message.</param>
public sealed record CellFailure(int Cell, int? Line, string ErrorType, string Message)
{
    /// <summary>"cell 4, line 7: InvalidOperationException: ..." as the CLI prints it.</summary>
    public override string ToString() => $"cell {Cell}{(Line is { } l ? $", line {l}" : "")}: {ErrorType}: {Message}";
}
