using Microsoft.Playwright;

namespace Research.Workbench.Browser;

/// <summary>Drives the Experiments page (<c>/experiments</c>): the sweep form and the sweeps listed under <c>#sweeps</c>.</summary>
/// <param name="page">A page showing the Experiments page.</param>
public sealed class ExperimentsPage(IPage page)
{
    /// <summary>The browser page.</summary>
    public IPage Page { get; } = page;

    /// <summary>Opens the Experiments page and waits for its form.</summary>
    public static async Task<ExperimentsPage> OpenAsync(BrowserHarness harness)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var experiments = new ExperimentsPage(await harness.OpenAsync("/experiments"));
        await experiments.Page.Locator("#launch-sweep").WaitForAsync(PageWait.Visible);
        return experiments;
    }

    /// <summary>The sweeps listed, newest first (each <c>sweep-{id}</c> with its <c>data-state</c>).</summary>
    public ILocator Sweeps => Page.Locator("#sweeps [id^='sweep-'][data-state]");

    /// <summary>The sweep <paramref name="sweepId"/>'s card.</summary>
    public ILocator Sweep(string sweepId) => Page.Locator($"[id='sweep-{sweepId}']");

    /// <summary>What the form says the sweep will run ("1 run (at most 48)", "N runs (at most 48)").</summary>
    public Task<string> CellsTextAsync() => Page.Locator("#sweep-cells").InnerTextAsync();

    /// <summary>Picks <paramref name="value"/> in the multi-select <paramref name="selectId"/> (#sweep-scenarios or #sweep-modes), then closes its list.</summary>
    /// <remarks>MudSelect puts the id on its read-only combobox input: a click opens the popover with the items.</remarks>
    public async Task PickAsync(string selectId, string value)
    {
        var select = Page.Locator($"#{selectId}");
        var item = Page.Locator($".mud-popover-open .mud-list-item:has-text('{value}')");
        await PageWait.RepeatUntilAsync(() => select.ClickAsync(), () => item.IsVisibleAsync(), $"open {selectId}");
        await item.ClickAsync();
        // A multi-select stays open after a pick; a click on an empty part of the page (bottom right, away from the list)
        // closes it, as a user would.
        await PageWait.RepeatUntilAsync(
            () => Page.Mouse.ClickAsync(BrowserHarness.Viewport.Width - 40, BrowserHarness.Viewport.Height - 40),
            async () => await Page.Locator(".mud-popover-open .mud-list-item").CountAsync() == 0,
            $"close {selectId}");
    }

    /// <summary>Presses "Launch sweep" and returns the id of the sweep that appears (the newest one).</summary>
    public async Task<string> LaunchAsync()
    {
        var before = await Sweeps.CountAsync();
        await Page.Locator("#launch-sweep").ClickAsync();
        await PageWait.ForAsync(Page, "n => document.querySelectorAll(\"#sweeps [id^='sweep-'][data-state]\").length > n", before);
        var id = await Sweeps.First.GetAttributeAsync("id");
        return id!["sweep-".Length..];
    }

    /// <summary>Waits until sweep <paramref name="sweepId"/> shows <paramref name="state"/> (lower case), within <paramref name="timeout"/>.</summary>
    public Task WaitForStateAsync(string sweepId, string state, TimeSpan timeout) =>
        Page.Locator($"[id='sweep-{sweepId}'][data-state='{state}']").WaitForAsync(
            new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = (float)timeout.TotalMilliseconds });
}
