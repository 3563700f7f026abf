using Research.Engine.Compute;

// The root namespace, as the other endpoints: the app maps them all from Program.cs.
namespace Research.Workbench;

/// <summary>
/// Maps <c>GET /api/numerics</c>: the kernel configuration in force, its self-test and thread count, as JSON
/// (environment.md, "Numerics"). The same line goes to the startup log.
/// </summary>
public static class NumericsEndpoint
{
    /// <summary>The endpoint's path.</summary>
    public const string Path = "/api/numerics";

    /// <summary>Adds the endpoint to <paramref name="app"/>.</summary>
    public static IEndpointRouteBuilder MapNumerics(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, () =>
        {
            var state = NumericsConfiguration.Current;
            return Results.Json(new
            {
                mode = NumericsState.Name(state.Mode),
                requested = NumericsState.Name(state.Requested),
                oneDnn = state.OneDnnEnabled,
                oneDnnMaxIsa = state.OneDnnMaxIsa,
                threads = state.Threads,
                verified = state.Verified,
                selfTest = state.SelfTest is { } t
                    ? new { passed = t.Passed, maxError = double.IsFinite(t.MaxError) ? t.MaxError : (double?)null, tolerance = NumericsSelfTest.Tolerance, repeatable = t.Repeatable, milliseconds = t.Milliseconds }
                    : null,
                problem = state.Problem,
                summary = state.Describe(),
            });
        });
        return app;
    }
}
