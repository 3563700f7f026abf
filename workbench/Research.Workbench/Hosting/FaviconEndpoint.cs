namespace Research.Workbench.Hosting;

/// <summary>
/// The workbench's icon is <c>wwwroot/favicon.svg</c>, linked from every page. Browsers and tools that ask for
/// <c>/favicon.ico</c> anyway (without reading the page) are sent there instead of getting a 404.
/// </summary>
public static class FaviconEndpoint
{
    /// <summary>Where the icon is served.</summary>
    public const string Path = "/favicon.svg";

    /// <summary>Maps <c>GET /favicon.ico</c> to a permanent redirect to <see cref="Path"/>.</summary>
    public static IEndpointRouteBuilder MapFavicon(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/favicon.ico", () => Results.Redirect(Path, permanent: true)).ExcludeFromDescription();
        return endpoints;
    }
}
