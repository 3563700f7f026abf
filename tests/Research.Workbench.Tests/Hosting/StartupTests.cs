using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Research.Workbench.Hosting;

namespace Research.Workbench.Tests.Hosting;

public sealed class StartupTests : IDisposable
{
    private const string Token = "test-token-0123456789";
    private readonly TempDirectory _data = new();

    [Fact]
    public async Task Start_NonLoopbackWithoutToken_ExitsWithMessage()
    {
        // The real app, as a user starts it: bound to every interface and given no token.
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Research.Workbench.exe" : "Research.Workbench"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _data.Path,
        };
        start.Environment["Workbench__Url"] = "http://0.0.0.0:5089";
        start.Environment["Workbench__DataDirectory"] = _data.Path;
        start.Environment.Remove("Workbench__AccessToken");
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));

        await process.WaitForExitAsync(timeout.Token);

        Assert.Equal(1, process.ExitCode);
        Assert.Contains("refused to start", await stderr, StringComparison.Ordinal);
        Assert.Contains("Workbench:AccessToken", await stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", await stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_NonLoopbackWithoutToken_Fails()
    {
        var result = new WorkbenchOptionsValidator().Validate(null, new WorkbenchOptions { Url = "http://0.0.0.0:5080" });

        Assert.True(result.Failed);
    }

    [Fact]
    public async Task Request_NonLoopbackWithTokenButNoneSent_Unauthorized()
    {
        using var factory = Factory("http://0.0.0.0:5080", Token);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await client.GetAsync(new Uri("/js/live.js", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Request_WithTokenInQuery_SetsCookieThenServes()
    {
        using var factory = Factory("http://0.0.0.0:5080", Token);
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = true, HandleCookies = true });

        using var response = await client.GetAsync(new Uri($"/js/live.js?token={Token}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("workbench", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Request_Loopback_ServesWithoutToken()
    {
        using var factory = Factory(WorkbenchOptions.DefaultUrl, token: null);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/js/live.js", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public void Dispose() => _data.Dispose();

    private WebApplicationFactory<Program> Factory(string url, string? token) =>
        new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Workbench:Url", url);
            builder.UseSetting("Workbench:DataDirectory", _data.Path);
            if (token is not null)
            {
                builder.UseSetting("Workbench:AccessToken", token);
            }
        });
}
