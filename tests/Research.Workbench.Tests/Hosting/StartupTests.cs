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
        var (exitCode, stderr, stdout) = await RunAppAsync(new() { ["Workbench__Url"] = "http://0.0.0.0:5089" });

        Assert.Equal(1, exitCode);
        Assert.Contains("refused to start", stderr, StringComparison.Ordinal);
        Assert.Contains("Workbench:AccessToken", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_PortInUse_ExitsWithMessage()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var (exitCode, stderr, stdout) = await RunAppAsync(new() { ["Workbench__Url"] = $"http://127.0.0.1:{port}" });

        Assert.Equal(1, exitCode);
        Assert.Contains("address already in use", stderr, StringComparison.Ordinal);
        Assert.Contains("--Workbench:Url", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_DataDirectoryHeldByAnotherStore_ExitsWithMessage()
    {
        using var holder = new Research.Engine.Storage.LiteDbRunStore(
            new Research.Engine.Storage.RunStoreOptions { DataDirectory = _data.Path }, TimeProvider.System);

        var (exitCode, stderr, stdout) = await RunAppAsync(new() { ["Workbench__Url"] = "http://127.0.0.1:0" });

        Assert.Equal(1, exitCode);
        Assert.Contains("could not open its run store", stderr, StringComparison.Ordinal);
        Assert.Contains("runs.db", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Now listening", stdout, StringComparison.Ordinal);
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

    private async Task<(int ExitCode, string Stderr, string Stdout)> RunAppAsync(Dictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "Research.Workbench.exe" : "Research.Workbench"))
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            WorkingDirectory = _data.Path,
        };
        start.Environment["Workbench__DataDirectory"] = _data.Path;
        start.Environment.Remove("Workbench__AccessToken");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, await stderr, await stdout);
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
