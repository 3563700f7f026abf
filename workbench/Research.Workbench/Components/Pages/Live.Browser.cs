using Microsoft.JSInterop;
using Research.Engine.Sessions;
using Research.Workbench.Live;

namespace Research.Workbench.Components.Pages;

/// <summary>
/// What the browser calls (live.js): steering keys, which it timestamps, and its input-to-canvas readings; and forking.
/// Everything from the browser is checked here: unknown key codes steer nothing, readings go through
/// <see cref="BrowserLatencyLog"/>.
/// </summary>
public sealed partial class Live
{
    /// <summary>A key went down on the stage.</summary>
    /// <returns>The sequence number of the input it became, or -1 when it became none (not a steering key, a repeat).</returns>
    [JSInvokable]
    public long KeyDown(string code)
    {
        if (_keys.Down(code) is not { } action)
        {
            return -1;
        }
        var seq = Send(SessionInput.Act(action));
        StateHasChanged();
        return seq;
    }

    /// <summary>A key went up on the stage.</summary>
    /// <returns>The sequence number of the input it became, or -1.</returns>
    [JSInvokable]
    public long KeyUp(string code)
    {
        if (_keys.Up(code) is not { } action)
        {
            return -1;
        }
        var seq = Send(SessionInput.Act(action));
        StateHasChanged();
        return seq;
    }

    /// <summary>The stage lost focus: every held key is released.</summary>
    [JSInvokable]
    public void Blur()
    {
        if (_keys.ReleaseAll() is { } action)
        {
            Send(SessionInput.Act(action));
            StateHasChanged();
        }
    }

    /// <summary>
    /// The browser's report, about once a second: input-to-canvas times measured since the last one (stored with the run)
    /// and how many frames it has drawn (the page's drawn fps).
    /// </summary>
    /// <param name="readings">New key-to-canvas readings.</param>
    /// <param name="drawn">Frames drawn on the canvas since the page opened; -1 when not given.</param>
    /// <returns>How many readings were new and accepted (a malformed batch is rejected whole: 0).</returns>
    [JSInvokable]
    public async Task<int> ReportLatency(BrowserLatencyReading[] readings, long drawn = -1)
    {
        if (_session is not { } session)
        {
            return 0;
        }
        CountDrawn(drawn);
        var recent = session.RecentInputs();
        var lastIssued = recent.Count == 0 ? -1 : recent[^1].Seq;
        var now = session.NowMs;
        IReadOnlyList<Research.Engine.Storage.BrowserLatencySample> fresh;
        try
        {
            fresh = _browserLatency.Accept(readings, lastIssued, now);
        }
        catch (ArgumentException)
        {
            return 0;
        }
        foreach (var sample in fresh)
        {
            _charts.AddBrowser(now / 1000, sample.KeyToCanvasMs);
        }
        // A store write: off the circuit's thread.
        await Task.Run(() => Registry.RecordBrowserLatency(session, fresh));
        return fresh.Count;
    }

    private void CountDrawn(long drawn)
    {
        var now = Time.GetTimestamp();
        // Only a count that moves forward means anything; the first report just sets the start.
        if (drawn >= _browserDrawn && _browserDrawnAt != 0 && Time.GetElapsedTime(_browserDrawnAt, now).TotalSeconds is var seconds and > 0.2)
        {
            _browserFps = (drawn - _browserDrawn) / seconds;
        }
        if (drawn >= _browserDrawn)
        {
            (_browserDrawn, _browserDrawnAt) = (drawn, now);
        }
    }

    /// <summary>Forks the session into a new recorded one and opens it in a new tab, which then owns it.</summary>
    private async Task ForkAsync()
    {
        if (_session is not { } session)
        {
            return;
        }
        _forking = true;
        try
        {
            var fork = await Task.Run(() => Registry.Fork(session));
            _forkUrl = $"/?session={Uri.EscapeDataString(fork.RunId!)}";
            var opened = await Js.InvokeAsync<bool>("workbench.open", _forkUrl);
            _message = opened ? null : "The browser blocked the new tab: open the fork with the link.";
        }
        catch (ObjectDisposedException)
        {
            _message = "The session has ended; nothing to fork.";
        }
        finally
        {
            _forking = false;
        }
    }

    private async Task DetachAsync()
    {
        try
        {
            await Js.InvokeVoidAsync("workbench.detach");
        }
        catch (Exception e) when (e is JSDisconnectedException or InvalidOperationException or TaskCanceledException)
        {
            // The circuit is gone: so is the page's script state.
        }
    }
}
