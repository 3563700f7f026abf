using System.Globalization;
using Microsoft.CodeAnalysis.CSharp;

namespace Research.Notebooks.Running;

/// <summary>One parameter declared in a notebook's <c>parameters</c> cell, typed by its default.</summary>
/// <param name="Name">The variable's name.</param>
/// <param name="Type">Its C# type keyword: int, long, double, float, decimal, bool or string; null when the runner cannot set it.</param>
/// <param name="Default">The default's source text.</param>
/// <param name="Line">Line of the declaration in the cell, from 1.</param>
public sealed record NotebookParameter(string Name, string? Type, string Default, int Line)
{
    /// <summary>The C# types a <c>--param</c> can set.</summary>
    public static IReadOnlyList<string> SupportedTypes { get; } = ["int", "long", "double", "float", "decimal", "bool", "string"];

    /// <summary>A C# declaration giving the parameter <paramref name="value"/>, for example <c>int horizon = 30;</c>.</summary>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a value of the parameter's type.</exception>
    public string Declaration(string value) => $"{Type ?? "var"} {Name} = {Literal(value)};";

    private string Literal(string value)
    {
        var c = CultureInfo.InvariantCulture;
        const NumberStyles Float = NumberStyles.Float;
        return Type switch
        {
            "string" => SymbolDisplay.FormatLiteral(value, quote: true),
            "bool" when bool.TryParse(value, out var b) => b ? "true" : "false",
            "int" when int.TryParse(value, NumberStyles.Integer, c, out var i) => i.ToString(c),
            "long" when long.TryParse(value, NumberStyles.Integer, c, out var l) => l.ToString(c) + "L",
            "double" when double.TryParse(value, Float, c, out var d) && double.IsFinite(d) => d.ToString("R", c) + "d",
            "float" when float.TryParse(value, Float, c, out var f) && float.IsFinite(f) => f.ToString("R", c) + "f",
            "decimal" when decimal.TryParse(value, Float, c, out var m) => m.ToString(c) + "m",
            null => throw new ArgumentException(
                $"--param {Name}: its default ({Default}) is not a literal of a type --param can set ({string.Join(", ", SupportedTypes)})."),
            _ => throw new ArgumentException($"--param {Name}={value}: '{value}' is not a {Type} (the default is {Default})."),
        };
    }
}
