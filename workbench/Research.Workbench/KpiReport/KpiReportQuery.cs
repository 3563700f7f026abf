using System.Globalization;
using Research.Engine.LaunchReport;
using Research.Engine.Models;

// The root namespace, as the other endpoints: the app maps them all from Program.cs.
namespace Research.Workbench;

/// <summary>The KPI report's filters as query-string text: validated into a <see cref="LaunchFilter"/>, and written back into the export URL.</summary>
public static class KpiReportQuery
{
    /// <summary>The path of the HTML export endpoint.</summary>
    public const string ExportPath = "/report/export.html";

    /// <summary>The longest scenario name accepted.</summary>
    public const int MaxScenarioLength = 100;

    /// <summary>Validates the four filters; blank ones match everything. Days are <c>yyyy-MM-dd</c> (UTC), both ends inclusive.</summary>
    /// <returns>Whether they are valid; <paramref name="error"/> says what is wrong when not.</returns>
    public static bool TryParse(string? scenario, string? mode, string? from, string? to, out LaunchFilter filter, out string? error)
    {
        filter = new LaunchFilter();
        error = null;
        var scenarioText = Blank(scenario) ? null : scenario!.Trim();
        if (scenarioText is not null && (scenarioText.Length > MaxScenarioLength || !scenarioText.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            error = $"Scenario must be up to {MaxScenarioLength} letters, digits, '-', '_' or '.'.";
            return false;
        }
        var modeText = Blank(mode) ? null : mode!.Trim();
        if (modeText is not null && !QualityMode.All.Any(m => string.Equals(m.Name, modeText, StringComparison.OrdinalIgnoreCase)))
        {
            error = $"Unknown mode '{modeText}'; expected one of: {string.Join(", ", QualityMode.All.Select(m => m.Name))}.";
            return false;
        }
        if (!TryDay(from, "from", out var fromDay, out error) || !TryDay(to, "to", out var toDay, out error))
        {
            return false;
        }
        if (fromDay is { } f && toDay is { } t && f > t)
        {
            error = $"The date window is empty: from {f:yyyy-MM-dd} is after to {t:yyyy-MM-dd}.";
            return false;
        }
        filter = new LaunchFilter(scenarioText, modeText?.ToLowerInvariant(), fromDay, toDay);
        return true;
    }

    /// <summary>The export URL (relative) for <paramref name="filter"/>, with blank filters left out.</summary>
    public static string ToExportUrl(LaunchFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = new List<string>();
        if (!Blank(filter.Scenario))
        {
            query.Add("scenario=" + Uri.EscapeDataString(filter.Scenario!.Trim()));
        }
        if (!Blank(filter.QualityMode))
        {
            query.Add("mode=" + Uri.EscapeDataString(filter.QualityMode!.Trim()));
        }
        if (filter.From is { } from)
        {
            query.Add("from=" + from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        if (filter.To is { } to)
        {
            query.Add("to=" + to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        return query.Count == 0 ? ExportPath : ExportPath + "?" + string.Join('&', query);
    }

    private static bool TryDay(string? text, string name, out DateOnly? day, out string? error)
    {
        day = null;
        error = null;
        if (Blank(text))
        {
            return true;
        }
        if (!DateOnly.TryParseExact(text!.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            error = $"'{name}' must be a day as yyyy-MM-dd; got '{text}'.";
            return false;
        }
        day = parsed;
        return true;
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
