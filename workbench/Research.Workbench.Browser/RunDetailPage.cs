using Microsoft.Playwright;

namespace Research.Workbench.Browser;

/// <summary>Drives Run detail (<c>/runs/{id}</c>): its charts, the step slider's "go to frame" box and the media panels.</summary>
/// <param name="page">A page showing Run detail.</param>
public sealed class RunDetailPage(IPage page)
{
    /// <summary>The element ids of the page's charts.</summary>
    public static IReadOnlyList<string> Charts { get; } = ["psnr-chart", "ssim-chart", "agent-error-chart", "latency-chart"];

    /// <summary>The media panels, as their images' <c>data-panel</c>.</summary>
    public static IReadOnlyList<string> Panels { get; } = ["model", "truth", "error"];

    /// <summary>The browser page.</summary>
    public IPage Page { get; } = page;

    /// <summary>Opens run <paramref name="runId"/> and waits until every chart is drawn (the page is then interactive).</summary>
    public static async Task<RunDetailPage> OpenAsync(BrowserHarness harness, string runId)
    {
        ArgumentNullException.ThrowIfNull(harness);
        var detail = new RunDetailPage(await harness.OpenAsync($"/runs/{Uri.EscapeDataString(runId)}"));
        await detail.WaitForChartsAsync();
        return detail;
    }

    /// <summary>Waits until every chart carries its trace count (drawn by plotly.js).</summary>
    public async Task WaitForChartsAsync()
    {
        foreach (var chart in Charts)
        {
            await Page.Locator($"#{chart}[data-traces]").WaitForAsync(PageWait.Attached);
        }
    }

    /// <summary>Types <paramref name="frame"/> into the "go to frame" box and presses Go, until the slider shows it.</summary>
    public Task GoToFrameAsync(int frame)
    {
        var text = frame.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return PageWait.RepeatUntilAsync(
            async () =>
            {
                await Page.Locator("#step-slider-goto").FillAsync(text);
                await Page.Locator("#step-slider-go").ClickAsync();
            },
            async () => await Page.Locator("#step-slider").GetAttributeAsync("data-frame") == text,
            $"go to frame {frame}");
    }

    /// <summary>Waits until the media panels show key frame <paramref name="keyFrame"/> with all three images loaded.</summary>
    public Task WaitForMediaAsync(int keyFrame) => PageWait.ForAsync(Page, """
        key => {
            const panels = document.getElementById('media-panels');
            if (!panels || panels.dataset.keyFrame !== String(key)) { return false; }
            const images = [...panels.querySelectorAll('img[data-panel]')];
            return images.length === 3 && images.every(i => i.complete && i.naturalWidth > 0 && i.src.includes('/keyframes/' + key + '.png'));
        }
        """, keyFrame);
}
