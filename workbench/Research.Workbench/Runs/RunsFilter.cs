using Research.Engine.Storage;

// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>The Runs page's filters, shared by the page and the CSV export so both list the same runs.</summary>
/// <param name="Status">Only runs in this status.</param>
/// <param name="Scenario">Only runs of this scenario; blank for all.</param>
/// <param name="Tag">Only runs carrying this tag; blank for all.</param>
public sealed record RunsFilter(RunStatus? Status, string? Scenario, string? Tag)
{
    /// <summary>The path of the CSV export endpoint.</summary>
    public const string ExportPath = "/runs/export.csv";

    /// <summary>The store query the filters describe; blank filters match everything.</summary>
    public RunQuery ToQuery() => new()
    {
        Status = Status,
        Scenario = Blank(Scenario) ? null : Scenario!.Trim(),
        Tag = Blank(Tag) ? null : Tag!.Trim(),
    };

    /// <summary>The export URL (relative) for these filters, with blank ones left out.</summary>
    public string ToExportUrl()
    {
        var query = new List<string>();
        if (Status is { } status)
        {
            query.Add("status=" + Uri.EscapeDataString(status.ToString()));
        }

        if (!Blank(Scenario))
        {
            query.Add("scenario=" + Uri.EscapeDataString(Scenario!.Trim()));
        }

        if (!Blank(Tag))
        {
            query.Add("tag=" + Uri.EscapeDataString(Tag!.Trim()));
        }

        return query.Count == 0 ? ExportPath : ExportPath + "?" + string.Join('&', query);
    }

    private static bool Blank(string? text) => string.IsNullOrWhiteSpace(text);
}
