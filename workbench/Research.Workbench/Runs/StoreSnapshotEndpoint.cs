using Research.Engine.Storage;

// The root namespace, as the other endpoints: the app maps them all from Program.cs.
namespace Research.Workbench;

/// <summary>
/// Maps <c>GET /api/store/snapshot</c>: a consistent copy of the run store (a LiteDB file), so notebooks and other
/// processes can read the runs while the workbench holds <c>runs.db</c>. Guarded like every path by the access token
/// off loopback.
/// </summary>
public static class StoreSnapshotEndpoint
{
    /// <summary>Adds the snapshot endpoint to <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapStoreSnapshot(this IEndpointRouteBuilder app)
    {
        app.MapGet(WorkbenchAddress.SnapshotPath, (IRunStore store) =>
        {
            if (store is not LiteDbRunStore lite)
            {
                return Results.Problem("This workbench's run store cannot write snapshots.", statusCode: StatusCodes.Status501NotImplemented);
            }
            var path = Path.Combine(Path.GetTempPath(), $"research-snapshot-{Guid.NewGuid():N}.db");
            lite.WriteSnapshot(path);
            // The temporary copy goes away when the response has been sent.
            var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Delete, 64 * 1024, FileOptions.DeleteOnClose);
            return Results.File(stream, "application/octet-stream", LiteDbRunStore.DatabaseFileName);
        });
        return app;
    }
}
