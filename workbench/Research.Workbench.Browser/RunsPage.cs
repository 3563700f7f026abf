using Microsoft.Playwright;

namespace Research.Workbench.Browser;

/// <summary>Drives the Runs page (<c>/runs</c>): its run links and the selection for Compare.</summary>
/// <param name="page">A page showing the Runs page.</param>
public sealed class RunsPage(IPage page)
{
    /// <summary>The browser page.</summary>
    public IPage Page { get; } = page;

    /// <summary>Opens the Runs page and waits until it lists every run in <paramref name="runIds"/>.</summary>
    public static async Task<RunsPage> OpenAsync(BrowserHarness harness, params string[] runIds)
    {
        ArgumentNullException.ThrowIfNull(harness);
        ArgumentNullException.ThrowIfNull(runIds);
        var runs = new RunsPage(await harness.OpenAsync("/runs"));
        foreach (var id in runIds)
        {
            await runs.Link(id).WaitForAsync(PageWait.Visible);
        }
        return runs;
    }

    /// <summary>The link to run <paramref name="runId"/>'s detail page.</summary>
    public ILocator Link(string runId) => Page.Locator($"a[data-run-link='{runId}']");

    /// <summary>The Compare button (a link once 2 to 4 runs are selected).</summary>
    public ILocator CompareButton => Page.Locator("#runs-compare");

    /// <summary>Ticks run <paramref name="runId"/> for Compare and waits until the server counts <paramref name="selected"/> runs selected.</summary>
    public Task SelectAsync(string runId, int selected)
    {
        var box = Page.Locator($"input[data-select='{runId}']");
        // What the server rendered: MudCheckBox marks its state with a class. The input's own checked state cannot be
        // trusted: a click before the circuit is up ticks it in the browser only.
        var ticked = Page.Locator($"label:has(input[data-select='{runId}']) .mud-checkbox-true");
        var label = $"Compare ({selected})";
        return PageWait.RepeatUntilAsync(
            async () =>
            {
                if (await ticked.CountAsync() == 0)
                {
                    await box.ClickAsync();
                }
            },
            // TextContent, not innerText: the button shows its label upper-cased by CSS.
            async () => (await CompareButton.TextContentAsync() ?? "").Contains(label, StringComparison.Ordinal),
            $"select run {runId}");
    }
}
