using Research.Engine.World;

namespace Research.Engine.Datasets;

/// <summary>
/// When and what to prompt during an episode: a prompt at frame 0 naming the episode's preset, then a new
/// one every 150 to 450 frames. Prompts are built from <see cref="PromptVocabulary"/> words (synonyms
/// included) in a few sentence shapes, so they read like what a user types.
/// </summary>
internal sealed class PromptSchedule
{
    public const int MinInterval = 150;
    public const int MaxInterval = 450;

    private static readonly string[] Templates =
    [
        "{intensity} {weather} at {time} in the {preset}",
        "a {density} {preset} at {time}",
        "{time} {preset} with {intensity} {weather}",
        "{speed} and {density} {preset}",
        "{weather} at {time}",
        "no {weather} in the {preset}",
        "{preset}",
        "{intensity} {weather}",
        "a {speed} {time} in the {preset} with {weather}",
    ];

    private readonly string _preset;
    private DeterministicRandom _random;
    private int _next;

    public PromptSchedule(ulong seed, string preset)
    {
        _random = new DeterministicRandom(seed);
        _preset = preset;
    }

    /// <summary>The prompt to apply before frame <paramref name="frame"/> is recorded, or null; call once per frame, in order.</summary>
    public string? At(int frame)
    {
        if (frame != _next)
        {
            return null;
        }
        _next = frame + MinInterval + _random.Next(MaxInterval - MinInterval + 1);
        return frame == 0 ? Compose(_preset) : Compose(null);
    }

    /// <summary>A prompt; when <paramref name="preset"/> is given the prompt names it (and only it).</summary>
    private string Compose(string? preset)
    {
        string template;
        do
        {
            template = Templates[_random.Next(Templates.Length)];
        }
        while (preset is not null && !template.Contains("{preset}", StringComparison.Ordinal));

        var negated = template.StartsWith("no ", StringComparison.Ordinal);
        return template
            .Replace("{intensity}", Word(WordRole.Intensity), StringComparison.Ordinal)
            .Replace("{weather}", Word(WordRole.Weather, negated ? "clear" : null), StringComparison.Ordinal)
            .Replace("{time}", Word(WordRole.Time), StringComparison.Ordinal)
            .Replace("{density}", Word(WordRole.Density), StringComparison.Ordinal)
            .Replace("{speed}", Word(WordRole.Speed), StringComparison.Ordinal)
            .Replace("{preset}", preset is null ? Word(WordRole.Preset) : PresetWord(preset), StringComparison.Ordinal);
    }

    private string Word(WordRole role, string? excludedValue = null)
    {
        var words = PromptVocabulary.Entries.Where(e => e.Role == role && e.Value != excludedValue).ToArray();
        return words[_random.Next(words.Length)].Word;
    }

    private string PresetWord(string preset)
    {
        var words = PromptVocabulary.Entries.Where(e => e.Role == WordRole.Preset && e.Value == preset).ToArray();
        return words[_random.Next(words.Length)].Word;
    }
}
