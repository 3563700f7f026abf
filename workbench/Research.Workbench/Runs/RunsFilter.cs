using System.Globalization;
using Research.Engine.Storage;

// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>The Runs page's filters, shared by the page and the CSV export so both list the same runs.</summary>
/// <remarks>Blank text filters match everything. Dates are whole UTC days, both ends included.</remarks>
public sealed record RunsFilter
{
    /// <summary>The path of the CSV export endpoint.</summary>
    public const string ExportPath = "/runs/export.csv";

    /// <summary>The format of dates in the export URL and the page's date boxes (HTML date inputs use it too).</summary>
    public const string DateFormat = "yyyy-MM-dd";

    /// <summary>Only runs in this status.</summary>
    public RunStatus? Status { get; init; }

    /// <summary>Only runs of this scenario; blank for all.</summary>
    public string? Scenario { get; init; }

    /// <summary>Only runs carrying this tag; blank for all.</summary>
    public string? Tag { get; init; }

    /// <summary>Only runs in this quality mode; blank for all.</summary>
    public string? QualityMode { get; init; }

    /// <summary>Only runs of this checkpoint; blank for all.</summary>
    public string? Checkpoint { get; init; }

    /// <summary>Only runs created on or after this day (UTC).</summary>
    public DateOnly? CreatedFrom { get; init; }

    /// <summary>Only runs created on or before this day (UTC).</summary>
    public DateOnly? CreatedTo { get; init; }

    /// <summary>The store query the filters describe; blank filters match everything.</summary>
    public RunQuery ToQuery() => new()
    {
        Status = Status,
        Scenario = Trimmed(Scenario),
        Tag = Trimmed(Tag),
        QualityMode = Trimmed(QualityMode),
        Checkpoint = Trimmed(Checkpoint),
        CreatedAfter = CreatedFrom is { } from ? new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
        // The store's upper bound is exclusive: the start of the next day includes all of the last one.
        CreatedBefore = CreatedTo is { } to ? new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null,
    };

    /// <summary>The export URL (relative) for these filters, with blank ones left out.</summary>
    public string ToExportUrl()
    {
        var query = new List<string>();
        Add(query, "status", Status?.ToString());
        Add(query, "scenario", Scenario);
        Add(query, "tag", Tag);
        Add(query, "mode", QualityMode);
        Add(query, "checkpoint", Checkpoint);
        Add(query, "from", CreatedFrom?.ToString(DateFormat, CultureInfo.InvariantCulture));
        Add(query, "to", CreatedTo?.ToString(DateFormat, CultureInfo.InvariantCulture));
        return query.Count == 0 ? ExportPath : ExportPath + "?" + string.Join('&', query);
    }

    /// <summary>Reads filters as the export URL carries them, checking every one.</summary>
    /// <param name="status">A <see cref="RunStatus"/> name, any case; blank for all.</param>
    /// <param name="scenario">Scenario filter.</param>
    /// <param name="tag">Tag filter.</param>
    /// <param name="mode">Quality mode filter.</param>
    /// <param name="checkpoint">Checkpoint filter.</param>
    /// <param name="from">First day, <see cref="DateFormat"/>; blank for no lower bound.</param>
    /// <param name="to">Last day, <see cref="DateFormat"/>; blank for no upper bound.</param>
    /// <param name="filter">The filters, when all are valid.</param>
    /// <param name="error">Why they were refused, in words for the user; <see langword="null"/> when valid.</param>
    /// <returns>Whether all filters are valid.</returns>
    public static bool TryParse(
        string? status, string? scenario, string? tag, string? mode, string? checkpoint, string? from, string? to,
        out RunsFilter filter, out string? error)
    {
        filter = new RunsFilter();
        RunStatus? parsedStatus = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            if (!Enum.TryParse<RunStatus>(status.Trim(), ignoreCase: true, out var value) || !Enum.IsDefined(value) || int.TryParse(status, out _))
            {
                error = $"Unknown status '{status}'; expected one of: {string.Join(", ", Enum.GetNames<RunStatus>())}.";
                return false;
            }
            parsedStatus = value;
        }
        if (!TryParseDate(from, "from", out var fromDate, out error) || !TryParseDate(to, "to", out var toDate, out error))
        {
            return false;
        }
        if (fromDate > toDate)
        {
            error = $"The first day ({from}) is after the last day ({to}).";
            return false;
        }
        filter = new RunsFilter
        {
            Status = parsedStatus, Scenario = scenario, Tag = tag, QualityMode = mode, Checkpoint = checkpoint,
            CreatedFrom = fromDate, CreatedTo = toDate,
        };
        return true;
    }

    /// <summary>Reads a day written as <see cref="DateFormat"/>; blank text is no day.</summary>
    /// <param name="text">What the user or URL gave.</param>
    /// <param name="name">What the day is, for the error message.</param>
    /// <param name="date">The day, or <see langword="null"/> when blank or invalid.</param>
    /// <param name="error">Why the text was refused; <see langword="null"/> when valid.</param>
    public static bool TryParseDate(string? text, string name, out DateOnly? date, out string? error)
    {
        (date, error) = (null, null);
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        if (!DateOnly.TryParseExact(text.Trim(), DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            error = $"'{text}' is not a day for '{name}'; write it as {DateFormat}.";
            return false;
        }
        date = day;
        return true;
    }

    private static void Add(List<string> query, string name, string? value)
    {
        if (Trimmed(value) is { } trimmed)
        {
            query.Add(name + "=" + Uri.EscapeDataString(trimmed));
        }
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
