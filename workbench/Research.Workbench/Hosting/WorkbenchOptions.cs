using System.Net;

namespace Research.Workbench.Hosting;

/// <summary>Configuration of the workbench host (section "Workbench").</summary>
public sealed class WorkbenchOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Workbench";

    /// <summary>The loopback address served when none is configured.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>The address the app listens on.</summary>
    /// <remarks>Default <c>http://127.0.0.1:5080</c> (loopback only). Any other host requires <see cref="AccessToken"/>.</remarks>
    public string Url { get; set; } = DefaultUrl;

    /// <summary>The token a browser must present when the app is bound to a non-loopback address.</summary>
    /// <remarks>Default none: there is no built-in token, so a non-loopback bind without one refuses to start.</remarks>
    public string? AccessToken { get; set; }

    /// <summary>The model checkpoint folder.</summary>
    /// <remarks>Default <see langword="null"/>: <c>engine/models/default</c> under the repository root (the folder holding Research.sln).</remarks>
    public string? ModelDirectory { get; set; }

    /// <summary>The data folder (runs.db).</summary>
    /// <remarks>Default <see langword="null"/>: resolved like the CLI (<c>RESEARCH_DATA_DIR</c>, then the per-user data folder).</remarks>
    public string? DataDirectory { get; set; }

    /// <summary>Whether <see cref="Url"/> names a loopback host (localhost, 127.0.0.0/8, ::1).</summary>
    public bool IsLoopback => IsLoopbackUrl(Url);

    /// <summary>Whether <paramref name="url"/> is an absolute http(s) address on a loopback host.</summary>
    public static bool IsLoopbackUrl(string? url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }
        if (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        return IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);
    }

    /// <summary>Every problem with these options, empty when they are valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            problems.Add($"Workbench:Url must be an absolute http(s) address; got '{Url}'.");
        }
        else if (!IsLoopback && string.IsNullOrWhiteSpace(AccessToken))
        {
            problems.Add($"Workbench:Url '{Url}' is not a loopback address: set Workbench:AccessToken (at least 16 characters) or bind to 127.0.0.1.");
        }
        if (!string.IsNullOrWhiteSpace(AccessToken) && AccessToken.Trim().Length < 16)
        {
            problems.Add("Workbench:AccessToken must be at least 16 characters.");
        }
        return problems;
    }
}
