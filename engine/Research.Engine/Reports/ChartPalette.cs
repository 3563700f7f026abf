using System.Globalization;

namespace Research.Engine.Reports;

/// <summary>Series colours: the category10 palette plotly.js uses by default, so figures match plots made elsewhere.</summary>
public static class ChartPalette
{
    private static readonly string[] Colours =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
        "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
    ];

    private static readonly string[] MarkerColours = ["#7f7f7f", "#9467bd", "#8c564b", "#e377c2", "#17becf"];

    /// <summary>Grey for lines that are not data series, e.g. a Pareto front.</summary>
    public const string Neutral = "#555555";

    /// <summary>The colour of series <paramref name="index"/> as <c>#rrggbb</c>; the palette repeats after ten.</summary>
    public static string Colour(int index) => Colours[Index(index)];

    /// <summary>
    /// The colour of marker group <paramref name="index"/> (<see cref="ChartMarker"/>): muted tones apart from the usual
    /// first series colours and from red, which hosts keep for a cursor line; the list repeats after five.
    /// </summary>
    public static string MarkerColour(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return MarkerColours[index % MarkerColours.Length];
    }

    /// <summary>The colour of series <paramref name="index"/> at 20% opacity as <c>rgba(...)</c>, for its band.</summary>
    public static string Translucent(int index)
    {
        var hex = Colours[Index(index)];
        var r = int.Parse(hex.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(hex.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(hex.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return string.Create(CultureInfo.InvariantCulture, $"rgba({r},{g},{b},0.2)");
    }

    private static int Index(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return index % Colours.Length;
    }
}
