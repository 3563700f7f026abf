using Research.Workbench.Browser;

[assembly: AssemblyFixture(typeof(Research.Workbench.EndToEnd.BrowserFixture))]

namespace Research.Workbench.EndToEnd;

/// <summary>
/// The app and the browser, started once for the whole assembly (xUnit v3 assembly fixture): take it in a test class's
/// constructor. See README.md for adding a page's tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private BrowserHarness? _harness;

    /// <summary>The running app and browser.</summary>
    public BrowserHarness Harness => _harness ?? throw new InvalidOperationException("The browser fixture has not started.");

    /// <inheritdoc />
    public async ValueTask InitializeAsync() => _harness = await BrowserHarness.StartAsync(Console.Error);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }
}
