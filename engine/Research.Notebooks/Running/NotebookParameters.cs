using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Research.Notebooks.Documents;

namespace Research.Notebooks.Running;

/// <summary>
/// Papermill's parameters for C# notebooks: the cell tagged <c>parameters</c> declares variables with defaults; values
/// given on the command line go into a cell tagged <c>injected-parameters</c> right after it, which re-declares them
/// (a later submission may re-declare a variable under Roslyn scripting, as in the kernel).
/// </summary>
public static class NotebookParameters
{
    /// <summary>The tag of the cell holding the defaults.</summary>
    public const string Tag = "parameters";

    /// <summary>The tag of the cell the runner inserts with the overrides.</summary>
    public const string InjectedTag = "injected-parameters";

    /// <summary>The parameters declared in <paramref name="source"/>: top-level variables with an initializer.</summary>
    public static IReadOnlyList<NotebookParameter> Declared(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
        var declarations = tree.GetCompilationUnitRoot().Members.SelectMany(member => member switch
        {
            FieldDeclarationSyntax field => [field.Declaration],
            GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => [local.Declaration],
            _ => Array.Empty<VariableDeclarationSyntax>(),
        });
        return [.. declarations.SelectMany(d => d.Variables
            .Where(v => v.Initializer is not null)
            .Select(v => new NotebookParameter(
                v.Identifier.ValueText,
                TypeOf(d.Type, v.Initializer!.Value),
                v.Initializer!.Value.ToString(),
                v.GetLocation().GetLineSpan().StartLinePosition.Line + 1)))];
    }

    /// <summary>
    /// Applies <paramref name="overrides"/> to <paramref name="notebook"/>: replaces an earlier injected cell, or inserts
    /// one after the parameters cell. No overrides, no change (and a notebook without a parameters cell is fine).
    /// </summary>
    /// <exception cref="ArgumentException">An override names no parameter, repeats one, or has a value of the wrong type; or the notebook has no parameters cell.</exception>
    public static void Apply(NotebookDocument notebook, IReadOnlyList<KeyValuePair<string, string>> overrides)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(overrides);
        if (overrides.Count == 0)
        {
            return;
        }
        var cell = notebook.Cells.FirstOrDefault(c => c.IsCode && c.Tags.Contains(Tag))
            ?? throw new ArgumentException($"{notebook.Path}: no code cell is tagged '{Tag}', so --param has nothing to override.");
        var declared = Declared(cell.Source).GroupBy(p => p.Name).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
        var lines = new List<string> { "// Parameters set on the command line (research notebook run --param)." };
        foreach (var group in overrides.GroupBy(o => o.Key, StringComparer.Ordinal))
        {
            if (group.Count() > 1)
            {
                throw new ArgumentException($"--param {group.Key} is given {group.Count()} times.");
            }
            if (!declared.TryGetValue(group.Key, out var parameter))
            {
                throw new ArgumentException(
                    $"--param {group.Key}: {notebook.Path} has no parameter '{group.Key}'; its parameters (cell {cell.Number}) are: {string.Join(", ", declared.Keys)}.");
            }
            lines.Add(parameter.Declaration(group.Single().Value));
        }
        foreach (var old in notebook.Cells.Where(c => c.Tags.Contains(InjectedTag)).ToList())
        {
            notebook.Remove(old);
        }
        var at = notebook.Cells.First(c => c.IsCode && c.Tags.Contains(Tag)).Number;
        notebook.InsertCodeCell(at, string.Join('\n', lines), [InjectedTag]);
    }

    /// <summary>Parses <c>name=value</c> arguments.</summary>
    /// <exception cref="ArgumentException">An argument without '=' or with an empty name.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> ParseArguments(IEnumerable<string> arguments) =>
        [.. arguments.Select(a =>
        {
            var equals = a.IndexOf('=');
            return equals <= 0
                ? throw new ArgumentException($"--param {a}: expected name=value.")
                : KeyValuePair.Create(a[..equals].Trim(), a[(equals + 1)..]);
        })];

    private static string? TypeOf(TypeSyntax type, ExpressionSyntax value)
    {
        if (!type.IsVar)
        {
            return type is PredefinedTypeSyntax predefined && NotebookParameter.SupportedTypes.Contains(predefined.Keyword.ValueText)
                ? predefined.Keyword.ValueText
                : null;
        }
        var literal = value is PrefixUnaryExpressionSyntax { OperatorToken.ValueText: "-", Operand: LiteralExpressionSyntax negated } ? negated : value as LiteralExpressionSyntax;
        return literal?.Token.Value switch
        {
            int => "int",
            long => "long",
            double => "double",
            float => "float",
            decimal => "decimal",
            bool => "bool",
            string => "string",
            _ => null,
        };
    }
}
