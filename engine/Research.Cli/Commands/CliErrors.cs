using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary>Turns the errors users can cause into a clear message and a non-zero exit code.</summary>
internal static class CliErrors
{
    public const int UserError = 2;
    public const int Cancelled = 130;

    public static async Task<int> Guard(Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (OperationCanceledException)
        {
            AnsiConsole.MarkupLine("[yellow]cancelled[/]");
            return Cancelled;
        }
        catch (Exception ex) when (IsUserFacing(ex))
        {
            Console.Error.WriteLine($"error: {ex.Message}");
            return UserError;
        }
    }

    public static Task<int> Guard(Func<int> action) => Guard(() => Task.FromResult(action()));

    private static bool IsUserFacing(Exception ex) =>
        ex is ArgumentException or IOException or UnauthorizedAccessException or InvalidDataException or InvalidOperationException or FormatException
        || ex.GetType().Namespace?.StartsWith("Research.Engine", StringComparison.Ordinal) == true;
}
