using System.CommandLine;
using Research.Engine.World;
using Spectre.Console;

namespace Research.Cli.Commands;

/// <summary><c>research prompt</c>: shows how a prompt maps to scene parameters, or the vocabulary.</summary>
internal static class PromptCommand
{
    public static Command Create()
    {
        var text = new Argument<string?>("text") { Description = "Free text, e.g. \"heavy rain at night in the desert\".", Arity = ArgumentArity.ZeroOrOne };
        var vocabulary = new Option<bool>("--vocabulary") { Description = "Print the prompt vocabulary as markdown." };
        var command = new Command("prompt", "Parse a prompt into scene parameters and report unknown words.") { text, vocabulary };
        command.SetAction(parse => CliErrors.Guard(() =>
        {
            if (parse.GetValue(vocabulary))
            {
                Console.Write(PromptVocabulary.ToMarkdown());
                return 0;
            }
            var prompt = parse.GetValue(text) ?? throw new ArgumentException("Give a prompt text, or --vocabulary.");
            var parsed = PromptParser.Parse(prompt, ScenePresets.Default);
            AnsiConsole.MarkupLineInterpolated($"[bold]{parsed.Scene.Describe()}[/]");
            AnsiConsole.MarkupLineInterpolated($"tokens: {string.Join(' ', parsed.Tokens)}");
            foreach (var warning in parsed.Warnings)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]warning:[/] {warning.Message}");
            }
            return 0;
        }));
        return command;
    }
}
