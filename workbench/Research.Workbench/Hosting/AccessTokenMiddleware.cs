using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Research.Workbench.Hosting;

/// <summary>
/// When an access token is configured, every request must carry it: once as <c>?token=...</c> (which sets an
/// HTTP-only, same-site cookie and redirects to the clean address), then by the cookie.
/// </summary>
internal sealed class AccessTokenMiddleware(RequestDelegate next, IOptions<WorkbenchOptions> options)
{
    public const string CookieName = "workbench-token";
    private readonly byte[]? _token = options.Value.AccessToken is { Length: > 0 } t ? Encoding.UTF8.GetBytes(t.Trim()) : null;

    public Task InvokeAsync(HttpContext context)
    {
        if (_token is null || Matches(context.Request.Cookies[CookieName]))
        {
            return next(context);
        }
        if (Matches(context.Request.Query["token"]))
        {
            context.Response.Cookies.Append(CookieName, Encoding.UTF8.GetString(_token),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = context.Request.IsHttps });
            context.Response.Redirect(context.Request.PathBase + context.Request.Path);
            return Task.CompletedTask;
        }
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return context.Response.WriteAsync("Open the workbench with ?token=<access token>.");
    }

    private bool Matches(string? given) =>
        given is not null && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(given), _token);
}
