using System.Text;
using System.Text.Json;

namespace Research.Engine.Scenarios;

/// <summary>
/// Where each value of a JSON document starts, by field path (<c>events[3].action</c>; the root is <c>""</c>).
/// <see cref="JsonDocument"/> keeps no positions, so one pass of <see cref="Utf8JsonReader"/> records them.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines;

    private JsonLineMap(Dictionary<string, int> lines, IReadOnlyList<(string Path, int Line)> duplicates)
    {
        _lines = lines;
        Duplicates = duplicates;
    }

    /// <summary>Fields that appear a second time in the same object, with the line of the repeat.</summary>
    public IReadOnlyList<(string Path, int Line)> Duplicates { get; }

    /// <summary>Builds the map. A property's line is that of its name; an array element's that of its first token.</summary>
    /// <exception cref="JsonSyntaxException">The text is not well-formed JSON.</exception>
    public static JsonLineMap Build(ReadOnlySpan<byte> utf8)
    {
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var duplicates = new List<(string, int)>();
        var stack = new List<Container>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        var line = 1;
        var counted = 0;
        try
        {
            while (reader.Read())
            {
                var start = (int)reader.TokenStartIndex;
                line += utf8[counted..start].Count((byte)'\n');
                counted = start;
                Record(ref reader, stack, lines, duplicates, line);
            }
        }
        catch (JsonException error)
        {
            throw new JsonSyntaxException(PathOf(stack), (int)(error.LineNumber ?? 0) + 1, (int)(error.BytePositionInLine ?? 0) + 1, error.Message);
        }
        return new JsonLineMap(lines, duplicates);
    }

    /// <summary>The line of <paramref name="path"/>, or of its nearest recorded parent (a missing field reports its object).</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line))
            {
                return line;
            }
            if (path.Length == 0)
            {
                return 1;
            }
            path = path[..Math.Max(0, Math.Max(path.LastIndexOf('.'), path.LastIndexOf('[')))];
        }
    }

    private static void Record(ref Utf8JsonReader reader, List<Container> stack, Dictionary<string, int> lines, List<(string, int)> duplicates, int line)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                var container = stack[^1];
                container.Property = reader.GetString();
                var path = PathOf(stack);
                if (container.Names!.Add(container.Property!))
                {
                    lines[path] = line;
                }
                else
                {
                    duplicates.Add((path, line));
                }
                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                stack.RemoveAt(stack.Count - 1);
                return;
        }
        // A value: an array element records its own line; a property value already has its name's line.
        if (stack.Count == 0 || stack[^1].Names is null)
        {
            if (stack.Count > 0)
            {
                stack[^1].Index++;
            }
            lines.TryAdd(PathOf(stack), line);
        }
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            stack.Add(new Container(reader.TokenType == JsonTokenType.StartObject));
        }
    }

    private static string PathOf(List<Container> stack)
    {
        var path = new StringBuilder();
        foreach (var container in stack)
        {
            if (container.Names is null)
            {
                path.Append('[').Append(container.Index).Append(']');
            }
            else if (container.Property is not null)
            {
                path.Append(path.Length == 0 ? "" : ".").Append(container.Property);
            }
        }
        return path.ToString();
    }

    private sealed class Container(bool isObject)
    {
        public HashSet<string>? Names { get; } = isObject ? new(StringComparer.Ordinal) : null;

        public string? Property { get; set; }

        public int Index { get; set; } = -1;
    }
}
