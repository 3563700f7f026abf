namespace Research.Engine.Datasets;

/// <summary>Counts progress from any thread and reports it at most every tenth of a second (and whenever an episode ends).</summary>
internal sealed class ProgressTracker(IProgress<DatasetProgress>? sink, TimeProvider time, int episodesTotal, long framesTotal)
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _lock = new();
    private readonly long _started = time.GetTimestamp();
    private long _lastReport = time.GetTimestamp();
    private int _episodes;
    private int _resumed;
    private long _frames;
    private long _processed;
    private long _bytes;

    public void FrameDone()
    {
        lock (_lock)
        {
            _frames++;
            _processed++;
            if (time.GetElapsedTime(_lastReport) >= Interval)
            {
                Report();
            }
        }
    }

    public void EpisodeDone(long bytes)
    {
        lock (_lock)
        {
            _episodes++;
            _bytes += bytes;
            Report();
        }
    }

    public void EpisodeResumed(int frames, long bytes)
    {
        lock (_lock)
        {
            _resumed++;
            _episodes++;
            _frames += frames;
            _bytes += bytes;
            Report();
        }
    }

    public DatasetProgress Snapshot()
    {
        lock (_lock)
        {
            return SnapshotUnlocked();
        }
    }

    private DatasetProgress SnapshotUnlocked() =>
        new()
        {
            EpisodesTotal = episodesTotal,
            EpisodesCompleted = _episodes,
            EpisodesResumed = _resumed,
            FramesTotal = framesTotal,
            FramesCompleted = _frames,
            FramesProcessed = _processed,
            Bytes = _bytes,
            Elapsed = time.GetElapsedTime(_started),
        };

    private void Report()
    {
        _lastReport = time.GetTimestamp();
        sink?.Report(SnapshotUnlocked());
    }
}
