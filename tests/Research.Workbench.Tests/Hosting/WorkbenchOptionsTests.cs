using Research.Workbench.Hosting;

namespace Research.Workbench.Tests.Hosting;

public sealed class WorkbenchOptionsTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://192.168.1.10:5080", false)]
    [InlineData("http://*:5080", false)]
    [InlineData("not a url", false)]
    public void IsLoopbackUrl_Address_Classified(string url, bool expected) =>
        Assert.Equal(expected, WorkbenchOptions.IsLoopbackUrl(url));

    [Fact]
    public void Problems_Defaults_None() => Assert.Empty(new WorkbenchOptions().Problems());

    [Fact]
    public void Problems_NonLoopbackWithoutToken_NamesAccessToken()
    {
        var options = new WorkbenchOptions { Url = "http://0.0.0.0:5080" };

        var problems = options.Problems();

        Assert.Contains(problems, p => p.Contains("AccessToken", StringComparison.Ordinal));
    }

    [Fact]
    public void Problems_NonLoopbackWithToken_None() =>
        Assert.Empty(new WorkbenchOptions { Url = "http://0.0.0.0:5080", AccessToken = "a-long-enough-secret-token" }.Problems());

    [Fact]
    public void Problems_ShortToken_Refused() =>
        Assert.NotEmpty(new WorkbenchOptions { Url = "http://0.0.0.0:5080", AccessToken = "short" }.Problems());
}
