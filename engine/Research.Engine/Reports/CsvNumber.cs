using System.Globalization;

namespace Research.Engine.Reports;

/// <summary>
/// Numbers as CSV cells. NaN and infinities become an empty cell (a missing value to every CSV reader), never the text
/// "NaN" or "Infinity", which spreadsheets and data frames read as strings or reject.
/// </summary>
public static class CsvNumber
{
    /// <summary>The value in <paramref name="format"/> (invariant culture), or an empty string when it is not finite.</summary>
    public static string Format(double value, string format) =>
        double.IsFinite(value) ? value.ToString(format, CultureInfo.InvariantCulture) : "";

    /// <summary>As <see cref="Format(double, string)"/>; also empty for null.</summary>
    public static string Format(double? value, string format) => value is { } v ? Format(v, format) : "";
}
