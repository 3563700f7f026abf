using Research.Engine.Storage;

// The root namespace: a Research.Workbench.Runs namespace would hide the Runs page type.
namespace Research.Workbench;

/// <summary>Maps <c>GET /runs/export.csv?status=&amp;scenario=&amp;tag=</c>: the runs the Runs page lists for those filters, as CSV.</summary>
public static class RunsExportEndpoint
{
    /// <summary>Adds the CSV export endpoint to <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapRunsExport(this IEndpointRouteBuilder app)
    {
        app.MapGet(RunsFilter.ExportPath, (string? status, string? scenario, string? tag, IRunStore store) =>
        {
            RunStatus? parsedStatus = null;
            if (!string.IsNullOrWhiteSpace(status))
            {
                if (!Enum.TryParse<RunStatus>(status.Trim(), ignoreCase: true, out var value) || !Enum.IsDefined(value))
                {
                    return Results.BadRequest($"Unknown status '{status}'; expected one of: {string.Join(", ", Enum.GetNames<RunStatus>())}.");
                }

                parsedStatus = value;
            }

            var runs = store.QueryRuns(new RunsFilter(parsedStatus, scenario, tag).ToQuery());
            return Results.Text(RunsCsv.Write(runs), "text/csv; charset=utf-8");
        });
        return app;
    }
}
