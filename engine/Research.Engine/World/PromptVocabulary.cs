using System.Text;

namespace Research.Engine.World;

/// <summary>What a known prompt word does to the scene.</summary>
public enum WordRole
{
    /// <summary>Names a preset: palette and the preset's defaults for what the prompt leaves unsaid.</summary>
    Preset,

    /// <summary>Sets the time of day.</summary>
    Time,

    /// <summary>Sets the weather (some words carry their own strength).</summary>
    Weather,

    /// <summary>Sets the weather's strength.</summary>
    Intensity,

    /// <summary>Sets how many objects are active.</summary>
    Density,

    /// <summary>Sets how fast objects move.</summary>
    Speed,

    /// <summary>Negates the next weather word ("no rain" is clear weather).</summary>
    Negation,

    /// <summary>Known and ignored ("a", "the", "with").</summary>
    Filler,
}

/// <summary>One vocabulary entry.</summary>
/// <param name="Word">The lower-case word.</param>
/// <param name="Role">What it sets.</param>
/// <param name="Value">The preset, time or weather name it sets, or empty.</param>
/// <param name="Amount">The strength, density or speed it sets, or NaN.</param>
public sealed record VocabularyEntry(string Word, WordRole Role, string Value, float Amount);

/// <summary>
/// The documented prompt vocabulary: every word the prompt parser understands. Token ids (for the
/// world model's text embedding) are positions in <see cref="Entries"/> plus 2; 0 pads, 1 is unknown.
/// </summary>
public static class PromptVocabulary
{
    /// <summary>Token id of padding.</summary>
    public const int PaddingToken = 0;

    /// <summary>Token id of any unknown word.</summary>
    public const int UnknownToken = 1;

    private static readonly Dictionary<string, (VocabularyEntry Entry, int Token)> Index;

    static PromptVocabulary()
    {
        var entries = new List<VocabularyEntry>();
        void Add(WordRole role, string value, float amount, params string[] words) =>
            entries.AddRange(words.Select(w => new VocabularyEntry(w, role, value, amount)));

        Add(WordRole.Preset, "meadow", float.NaN, "meadow", "meadows", "grassland", "field", "fields", "grass", "green");
        Add(WordRole.Preset, "desert", float.NaN, "desert", "dunes", "sand", "sandy", "arid");
        Add(WordRole.Preset, "snow", float.NaN, "winter", "tundra", "arctic", "frozen", "icy", "ice");
        Add(WordRole.Preset, "shore", float.NaN, "shore", "beach", "coast", "coastal", "sea", "seaside", "ocean");
        Add(WordRole.Preset, "night-town", float.NaN, "night-town", "town", "village", "city", "street", "streets", "urban");
        Add(WordRole.Preset, "cave", float.NaN, "cave", "caves", "cavern", "underground", "dungeon", "mine");
        Add(WordRole.Time, "dawn", float.NaN, "dawn", "sunrise", "morning");
        Add(WordRole.Time, "day", float.NaN, "day", "daytime", "noon", "midday", "sunny", "bright");
        Add(WordRole.Time, "dusk", float.NaN, "dusk", "sunset", "evening", "twilight");
        Add(WordRole.Time, "night", float.NaN, "night", "nighttime", "midnight", "dark", "moonlit");
        Add(WordRole.Weather, "clear", float.NaN, "clear", "dry");
        Add(WordRole.Weather, "rain", float.NaN, "rain", "rainy", "raining", "shower", "showers", "wet");
        Add(WordRole.Weather, "rain", 0.3f, "drizzle");
        Add(WordRole.Weather, "rain", 1f, "storm", "stormy");
        Add(WordRole.Weather, "snow", float.NaN, "snow", "snowy", "snowing", "snowfall");
        Add(WordRole.Weather, "snow", 0.3f, "flurries");
        Add(WordRole.Weather, "snow", 1f, "blizzard");
        Add(WordRole.Weather, "fog", float.NaN, "fog", "foggy", "mist", "misty", "haze", "hazy", "smoky");
        Add(WordRole.Intensity, "", 0.3f, "light", "gentle", "soft", "slight", "thin", "little");
        Add(WordRole.Intensity, "", 1f, "heavy", "thick", "dense", "strong", "torrential", "pouring");
        Add(WordRole.Density, "", 0.15f, "empty", "deserted", "lonely", "quiet", "abandoned");
        Add(WordRole.Density, "", 0.35f, "sparse", "few");
        Add(WordRole.Density, "", 1f, "busy", "lively", "crowded", "bustling", "many", "full", "packed");
        Add(WordRole.Speed, "", 0.5f, "calm", "slow", "still", "peaceful", "lazy", "sleepy");
        Add(WordRole.Speed, "", 1.8f, "fast", "quick", "frantic", "chaotic", "wild", "windy", "hectic");
        Add(WordRole.Negation, "", float.NaN, "no", "without");
        Add(WordRole.Filler, "", float.NaN, "a", "an", "the", "with", "and", "in", "at", "on", "of", "some", "very",
            "world", "scene", "place", "lots", "lot", "time", "by", "under", "over", "to", "is", "it", "its", "bit");

        Entries = entries;
        Index = entries.Select((e, i) => (e, i)).ToDictionary(p => p.e.Word, p => (p.e, p.i + 2));
    }

    /// <summary>Every known word, in token order.</summary>
    public static IReadOnlyList<VocabularyEntry> Entries { get; }

    /// <summary>Token ids in use: padding, unknown, and one per entry.</summary>
    public static int TokenCount => Entries.Count + 2;

    /// <summary>Looks a lower-case word up.</summary>
    public static bool TryGet(string word, out VocabularyEntry entry, out int token)
    {
        if (Index.TryGetValue(word, out var found))
        {
            (entry, token) = found;
            return true;
        }
        (entry, token) = (null!, UnknownToken);
        return false;
    }

    /// <summary>The vocabulary as a markdown document (the committed docs are generated from this).</summary>
    public static string ToMarkdown()
    {
        var text = new StringBuilder();
        text.AppendLine("# Prompt vocabulary").AppendLine();
        text.AppendLine("Generated by `research prompt --vocabulary`. A prompt is free text; each word (letters and hyphens,");
        text.AppendLine("case-insensitive) is looked up here. Unknown words are reported as warnings and do nothing.");
        text.AppendLine("A prompt that names a preset starts from that preset's defaults; otherwise what it leaves unsaid");
        text.AppendLine("keeps the current scene's value. When words of one role repeat, the last wins. Layout, agent and");
        text.AppendLine("objects never change with the prompt.").AppendLine();
        text.AppendLine("| role | sets | words |").AppendLine("|---|---|---|");
        foreach (var group in Entries.GroupBy(e => (e.Role, e.Value, e.Amount)))
        {
            var sets = group.Key.Value.Length > 0 ? group.Key.Value : "";
            if (!float.IsNaN(group.Key.Amount))
            {
                sets += (sets.Length > 0 ? " " : "") + group.Key.Amount.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture);
            }
            text.AppendLine($"| {group.Key.Role.ToString().ToLowerInvariant()} | {sets} | {string.Join(", ", group.Select(e => e.Word))} |");
        }
        return text.ToString();
    }
}
