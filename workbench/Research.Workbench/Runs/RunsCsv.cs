using System.Globalization;
using System.Text;
using Research.Engine.Storage;

// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>Writes runs as CSV (RFC 4180): a header row, CRLF line ends, fields quoted when they hold a comma, quote or line break.</summary>
/// <remarks>
/// Times are UTC in ISO 8601; tags are joined with semicolons in one field. <c>quality_mode</c> is the mode a run started
/// in; <c>modes</c> says every mode it ran in by share of its time (<see cref="ModeShares"/>).
/// </remarks>
public static class RunsCsv
{
    /// <summary>The header row's column names, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
        ["id", "kind", "name", "scenario", "seed", "quality_mode", "checkpoint", "status", "created_at", "ended_at", "last_frame", "tags", "modes"];

    /// <summary>The CSV text of <paramref name="runs"/>, in the order given.</summary>
    public static string Write(IEnumerable<RunDocument> runs)
    {
        var csv = new StringBuilder();
        AppendRow(csv, Columns);
        foreach (var run in runs)
        {
            AppendRow(csv,
            [
                run.Id,
                run.Kind,
                run.Name,
                run.Scenario,
                run.Seed?.ToString(CultureInfo.InvariantCulture),
                run.QualityMode,
                run.Checkpoint,
                run.Status.ToString(),
                Time(run.CreatedAt),
                run.EndedAt is { } ended ? Time(ended) : null,
                run.LastFrame.ToString(CultureInfo.InvariantCulture),
                string.Join(';', run.Tags),
                ModeShares.Describe(run),
            ]);
        }

        return csv.ToString();
    }

    /// <summary>One field as CSV: quoted, with quotes doubled, when it holds a comma, quote or line break.</summary>
    public static string Field(string? value) =>
        value is null ? "" :
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" :
        value;

    private static void AppendRow(StringBuilder csv, IReadOnlyList<string?> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                csv.Append(',');
            }

            csv.Append(Field(fields[i]));
        }

        csv.Append("\r\n");
    }

    private static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture);
}
