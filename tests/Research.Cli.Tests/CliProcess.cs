using System.Diagnostics;

namespace Research.Cli.Tests;

/// <summary>Runs the real <c>research</c> CLI (built next to the tests) as a child process.</summary>
internal static class CliProcess
{
    public static string CliPath { get; } = Path.Combine(AppContext.BaseDirectory, "research.dll");

    public static string RepositoryRoot { get; } = FindRoot();

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = RepositoryRoot,
        };
        info.ArgumentList.Add(CliPath);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        info.Environment["NO_COLOR"] = "1";
        info.Environment["COLUMNS"] = "200";
        return info;
    }

    public static async Task<(int ExitCode, string Output, string Error)> Run(params string[] args)
    {
        using var process = Process.Start(StartInfo(args))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Research.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"No Research.sln above {AppContext.BaseDirectory}.");
    }
}
