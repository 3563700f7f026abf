namespace Research.Engine.Scenarios;

/// <summary>Collects every error of one file, placing each on the line of the field it concerns.</summary>
internal sealed class ErrorCollector(string file, JsonLineMap lines)
{
    /// <summary>Field name reported for the document as a whole.</summary>
    public const string RootField = "(root)";

    private readonly List<ScenarioError> _errors = [];

    public int Count => _errors.Count;

    public int LineOf(string path) => lines.LineOf(path);

    public void Add(string path, string message) => Add(path, lines.LineOf(path), message);

    public void Add(string path, int line, string message) =>
        _errors.Add(new ScenarioError(file, line, path.Length == 0 ? RootField : path, message));

    /// <summary>The errors by line; errors on one line keep the order they were found in.</summary>
    public IReadOnlyList<ScenarioError> ToSortedList() => [.. _errors.OrderBy(e => e.Line)];
}
