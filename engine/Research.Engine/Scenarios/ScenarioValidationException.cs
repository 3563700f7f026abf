namespace Research.Engine.Scenarios;

/// <summary>Thrown when a scenario file is malformed or invalid; carries every error found, not just the first.</summary>
public sealed class ScenarioValidationException : Exception
{
    /// <summary>Creates the exception; its message lists the errors one per line as <c>file:line: field: message</c>.</summary>
    public ScenarioValidationException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>The errors, ordered by line.</summary>
    public IReadOnlyList<ScenarioError> Errors { get; }
}
