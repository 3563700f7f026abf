using System.Text;
using System.Text.Json;

namespace Research.Engine.Scenarios;

/// <summary>Reads and validates scenario files (format: datasets/scenarios/README.md).</summary>
public static class ScenarioLoader
{
    /// <summary>Reads the scenario file at <paramref name="path"/>.</summary>
    /// <exception cref="ScenarioValidationException">The file is malformed or invalid; carries every error found.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static Scenario Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses scenario text; <paramref name="sourceName"/> names it in errors and becomes <see cref="Scenario.SourcePath"/>.</summary>
    /// <remarks>
    /// Every error is collected before throwing: unknown or duplicate fields, wrong types, values out of
    /// range, unknown actions and presets, events at or after the end. Malformed JSON stops at its first
    /// syntax error, since nothing after it can be trusted.
    /// </remarks>
    /// <exception cref="ScenarioValidationException">The text is malformed or invalid; carries every error found.</exception>
    public static Scenario Parse(string text, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(sourceName);
        var utf8 = Encoding.UTF8.GetBytes(text.StartsWith('\uFEFF') ? text[1..] : text);

        JsonLineMap lines;
        try
        {
            lines = JsonLineMap.Build(utf8);
        }
        catch (JsonSyntaxException error)
        {
            var field = error.Path.Length == 0 ? ErrorCollector.RootField : error.Path;
            throw new ScenarioValidationException(
                [new ScenarioError(sourceName, error.Line, field, $"malformed JSON at column {error.Column}: {error.Reason}")]);
        }

        using var document = JsonDocument.Parse(utf8);
        var errors = new ErrorCollector(sourceName, lines);
        foreach (var (path, line) in lines.Duplicates)
        {
            var name = path[(path.LastIndexOf('.') + 1)..];
            errors.Add(path, line, $"duplicate field '{name}': each field may appear only once");
        }
        var scenario = new ScenarioReader(errors).Read(document.RootElement, sourceName);
        if (scenario is null || errors.Count > 0)
        {
            throw new ScenarioValidationException(errors.ToSortedList());
        }
        return scenario;
    }
}
