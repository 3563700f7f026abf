using System.Diagnostics;
using Microsoft.Playwright;

namespace Research.Workbench.Browser;

/// <summary>
/// Waiting on what a page shows, with timeouts generous enough for a loaded two-core machine (CI runs the test projects
/// side by side): a wait that passes returns as soon as the page is there, so only failures pay the timeout.
/// </summary>
public static class PageWait
{
    /// <summary>The timeout of one wait for the page's state: 60 s.</summary>
    public const float TimeoutMs = 60_000;

    /// <summary>Wait for an element to be visible.</summary>
    public static LocatorWaitForOptions Visible { get; } = new() { State = WaitForSelectorState.Visible, Timeout = TimeoutMs };

    /// <summary>Wait for an element to be in the page (charts and hidden inputs need not be visible).</summary>
    public static LocatorWaitForOptions Attached { get; } = new() { State = WaitForSelectorState.Attached, Timeout = TimeoutMs };

    /// <summary>Waits for a script condition on the page (an expression or a function taking <paramref name="arg"/>).</summary>
    public static Task ForAsync(IPage page, string expression, object? arg = null) =>
        page.WaitForFunctionAsync(expression, arg, new PageWaitForFunctionOptions { Timeout = TimeoutMs, PollingInterval = 100 });

    /// <summary>
    /// Does <paramref name="act"/> until <paramref name="done"/> holds. A Blazor page is prerendered: until its circuit is
    /// up, clicks on it are lost, and there is no page event that says it is up, so an action is repeated (each time
    /// after a short wait for its effect) rather than timed.
    /// </summary>
    /// <exception cref="TimeoutException"><paramref name="done"/> did not hold within <see cref="TimeoutMs"/>.</exception>
    public static async Task RepeatUntilAsync(Func<Task> act, Func<Task<bool>> done, string what)
    {
        ArgumentNullException.ThrowIfNull(act);
        ArgumentNullException.ThrowIfNull(done);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            await act();
            for (var i = 0; i < 10; i++)
            {
                if (await done())
                {
                    return;
                }
                await Task.Delay(100);
            }
            if (clock.Elapsed.TotalMilliseconds > TimeoutMs)
            {
                throw new TimeoutException($"{what}: not done after {TimeoutMs / 1000:0} s.");
            }
        }
    }
}
