using System.Globalization;
using System.Text.Json;

namespace Research.Engine.Scenarios;

/// <summary>Typed access to the fields of one JSON object; every missing or mistyped field becomes an error.</summary>
/// <remarks>Optional fields that are absent or <c>null</c> read as <see langword="null"/>.</remarks>
internal sealed class JsonObjectFields(JsonElement element, string path, ErrorCollector errors)
{
    public string Path => path;

    public string PathOf(string name) => path.Length == 0 ? name : $"{path}.{name}";

    public void Error(string name, string message) => errors.Add(PathOf(name), message);

    /// <summary>Reports every field not in <paramref name="allowed"/>; typos must not be silently ignored.</summary>
    public void RejectUnknown(IReadOnlyList<string> allowed, string owner)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                Error(property.Name, $"unknown field '{property.Name}' for {owner}: expected one of {string.Join(", ", allowed)}");
            }
        }
    }

    /// <summary>Whether the field is present with a value other than <c>null</c>.</summary>
    public bool Has(string name) => element.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public string? String(string name, bool required, string expected = "a string") =>
        Get(name, required, expected, v => v.ValueKind == JsonValueKind.String ? v.GetString() : null);

    public int? Int(string name, bool required, string expected = "a whole number") =>
        Get(name, required, expected, v => v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : (int?)null);

    public double? Number(string name, bool required, string expected = "a number") =>
        Get(name, required, expected, v => v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && double.IsFinite(d) ? d : (double?)null);

    public bool? Bool(string name, bool required) =>
        Get(name, required, "true or false", v => v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => (bool?)null,
        });

    /// <summary>The raw value, for callers that check its type themselves.</summary>
    public JsonElement? Value(string name, bool required, string expected) =>
        Get(name, required, expected, v => (JsonElement?)v);

    public JsonElement? Array(string name, bool required, string expected) =>
        Get(name, required, expected, v => v.ValueKind == JsonValueKind.Array ? v : (JsonElement?)null);

    /// <summary>Describes a JSON value for "got …" in messages.</summary>
    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{Shorten(value.GetString()!)}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Null => "null",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => value.ValueKind.ToString(),
    };

    /// <summary>Formats seconds for messages without float noise: 0.0167, 40, 3600.</summary>
    public static string Seconds(double seconds) => seconds.ToString("0.####", CultureInfo.InvariantCulture);

    private T? Get<T>(string name, bool required, string expected, Func<JsonElement, T?> convert)
    {
        if (!element.TryGetProperty(name, out var value) || (!required && value.ValueKind == JsonValueKind.Null))
        {
            if (required)
            {
                Error(name, $"missing required field '{name}': expected {expected}");
            }
            return default;
        }
        var converted = convert(value);
        if (converted is null)
        {
            Error(name, $"expected {expected}, got {Describe(value)}");
        }
        return converted;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";
}
