using System.Text.RegularExpressions;

namespace Research.Engine.World;

/// <summary>A word of a prompt that is not in the vocabulary.</summary>
/// <param name="Word">The word as written.</param>
/// <param name="Offset">Its character offset in the prompt.</param>
/// <param name="Message">What happened, for the user.</param>
public sealed record PromptWarning(string Word, int Offset, string Message);

/// <summary>The outcome of parsing a prompt.</summary>
/// <param name="Text">The prompt.</param>
/// <param name="Scene">The scene it describes.</param>
/// <param name="Tokens">One token id per word (see <see cref="PromptVocabulary"/>).</param>
/// <param name="Warnings">Unknown or conflicting words; empty when every word was understood.</param>
public sealed record ParsedPrompt(string Text, SceneParameters Scene, IReadOnlyList<int> Tokens, IReadOnlyList<PromptWarning> Warnings);

/// <summary>Maps free text to scene parameters through <see cref="PromptVocabulary"/>.</summary>
public static partial class PromptParser
{
    /// <summary>Default weather strength when the prompt names weather without a strength.</summary>
    public const float DefaultIntensity = 0.6f;

    /// <summary>Parses <paramref name="text"/> against the scene now in effect.</summary>
    public static ParsedPrompt Parse(string text, SceneParameters current)
    {
        var warnings = new List<PromptWarning>();
        var tokens = new List<int>();
        var known = new List<VocabularyEntry>();
        string? preset = null;
        var negate = false;
        foreach (Match match in WordPattern().Matches(text))
        {
            var word = match.Value.ToLowerInvariant();
            if (!PromptVocabulary.TryGet(word, out var entry, out var token))
            {
                tokens.Add(PromptVocabulary.UnknownToken);
                warnings.Add(new PromptWarning(match.Value, match.Index, $"unknown word '{match.Value}' at offset {match.Index} was ignored"));
                continue;
            }
            tokens.Add(token);
            if (entry.Role == WordRole.Preset)
            {
                if (preset is not null && preset != entry.Value)
                {
                    warnings.Add(new PromptWarning(match.Value, match.Index, $"'{match.Value}' names preset {entry.Value} after {preset}; the last one is used"));
                }
                preset = entry.Value;
            }
            else if (entry.Role == WordRole.Negation)
            {
                negate = true;
                continue;
            }
            else if (negate && entry.Role == WordRole.Weather)
            {
                entry = entry with { Value = "clear", Amount = float.NaN };
            }
            negate = entry.Role == WordRole.Filler && negate;
            known.Add(entry);
        }

        var scene = preset is null ? current : ScenePresets.Get(preset);
        float? intensity = null;
        foreach (var entry in known)
        {
            scene = entry.Role switch
            {
                WordRole.Time => scene with { TimeOfDay = Enum.Parse<TimeOfDay>(entry.Value, ignoreCase: true) },
                WordRole.Weather => scene with { Weather = Enum.Parse<Weather>(entry.Value, ignoreCase: true), WeatherIntensity = float.IsNaN(entry.Amount) ? DefaultIntensity : entry.Amount },
                WordRole.Density => scene with { ObjectDensity = entry.Amount },
                WordRole.Speed => scene with { ObjectSpeed = entry.Amount },
                _ => scene,
            };
            if (entry.Role == WordRole.Intensity)
            {
                intensity = entry.Amount;
            }
        }
        if (intensity is { } strength)
        {
            scene = scene with { WeatherIntensity = strength };
        }
        return new ParsedPrompt(text, scene, tokens, warnings);
    }

    [GeneratedRegex(@"[\p{L}][\p{L}\-]*|\d+")]
    private static partial Regex WordPattern();
}
