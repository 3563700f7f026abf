using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Options;
using Research.Workbench.Hosting;

namespace Research.Workbench.Tests.Hosting;

public sealed class StartupTests : IDisposable
{
    private const string Token = "test-token-0123456789";
    private readonly TempDirectory _data = new();

    [Fact]
    public void Start_NonLoopbackWithoutToken_Refuses()
    {
        using var factory = Factory("http://0.0.0.0:5080", token: null);

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException a ? a.InnerException : error);
        Assert.Contains(validation.Failures, f => f.Contains("AccessToken", StringComparison.Ordinal));
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
