namespace Research.Engine.Scenarios;

/// <summary>One problem found in a scenario file.</summary>
/// <param name="File">Path or source name of the file.</param>
/// <param name="Line">1-based line of the offending value (for a missing field, of the object that lacks it).</param>
/// <param name="Field">Path of the field, for example <c>events[3].action</c>; <c>(root)</c> for the document itself.</param>
/// <param name="Message">What is wrong and what is allowed.</param>
public sealed record ScenarioError(string File, int Line, string Field, string Message)
{
    /// <summary>The error as <c>file:line: field: message</c>.</summary>
    public override string ToString() => $"{File}:{Line}: {Field}: {Message}";
}
