using System.CommandLine;
using Research.Engine.Storage;

namespace Research.Cli.Commands;

/// <summary>Options shared by commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> DataDir() => new("--data-dir")
    {
        Description = $"Where runs.db and reports live (default: ${DataDirectory.EnvironmentVariable}, else ~/.local/share/research-workbench).",
    };

    public static string ResolveDataDir(ParseResult parse, Option<string?> option) => DataDirectory.Resolve(parse.GetValue(option));
}
