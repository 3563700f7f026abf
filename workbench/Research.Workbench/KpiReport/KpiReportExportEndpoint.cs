using System.Globalization;
using System.Text;
using Research.Engine.LaunchReport;
using Research.Engine.Reports;
using Research.Engine.Storage;

// The root namespace, as the other endpoints: the app maps them all from Program.cs.
namespace Research.Workbench;

/// <summary>
/// Maps <c>GET /report/export.html?scenario=&amp;mode=&amp;from=&amp;to=</c>: the KPI report for those filters as one
/// self-contained HTML file (plotly.js inlined, opens offline), downloaded as <c>kpi-report-{yyyyMMdd-HHmm}.html</c>.
/// </summary>
public static class KpiReportExportEndpoint
{
    /// <summary>Adds the export endpoint to <paramref name="app"/>; invalid filters answer 400 with the reason.</summary>
    public static IEndpointRouteBuilder MapKpiReportExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(KpiReportQuery.ExportPath, (string? scenario, string? mode, string? from, string? to, IRunStore store, TimeProvider time) =>
        {
            if (!KpiReportQuery.TryParse(scenario, mode, from, to, out var filter, out var error))
            {
                return Results.BadRequest(error);
            }
            var checklist = LaunchChecklistBuilder.Build(store, filter, time);
            var html = HtmlReport.Render(LaunchChecklistReport.ToReport(checklist));
            var name = string.Create(CultureInfo.InvariantCulture, $"kpi-report-{checklist.GeneratedAt.UtcDateTime:yyyyMMdd-HHmm}.html");
            return Results.File(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", name);
        });
        return app;
    }
}
