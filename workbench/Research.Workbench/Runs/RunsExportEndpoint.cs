using Research.Engine.Storage;

// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>
/// Maps <c>GET /runs/export.csv?status=&amp;scenario=&amp;tag=&amp;mode=&amp;checkpoint=&amp;from=&amp;to=</c>: the runs
/// the Runs page lists for those filters, as CSV; an invalid filter is a 400 saying which.
/// </summary>
public static class RunsExportEndpoint
{
    /// <summary>Adds the CSV export endpoint to <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapRunsExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(RunsFilter.ExportPath, (string? status, string? scenario, string? tag, string? mode, string? checkpoint, string? from, string? to, IRunStore store) =>
        {
            if (!RunsFilter.TryParse(status, scenario, tag, mode, checkpoint, from, to, out var filter, out var error))
            {
                return Results.BadRequest(error);
            }

            var runs = store.QueryRuns(filter.ToQuery());
            return Results.Text(RunsCsv.Write(runs), "text/csv; charset=utf-8");
        });
        return app;
    }
}
