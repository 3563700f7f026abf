using System.CommandLine;
using Research.Engine.Compute;
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

    /// <summary>The <c>--threads</c> option: torch threads for this command.</summary>
    public static Option<int?> Threads() => new("--threads")
    {
        Description = $"CPU threads for TorchSharp (default: ${NumericsConfiguration.ThreadsVariable}, else {NumericsConfiguration.DefaultThreads}; see environment.md, \"Numerics\").",
    };

    /// <summary>Applies <c>--threads</c> when given; otherwise the process default from <see cref="NumericsConfiguration"/> stays.</summary>
    /// <exception cref="ArgumentException">The count is below 1.</exception>
    public static void ApplyThreads(int? count)
    {
        if (count is { } n)
        {
            ComputeThreads.Set(n >= 1 ? n : throw new ArgumentException($"--threads must be at least 1, not {n}."));
        }
    }
}
