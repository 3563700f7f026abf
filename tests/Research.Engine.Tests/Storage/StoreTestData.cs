using Research.Engine.Storage;

namespace Research.Engine.Tests.Storage;

/// <summary>Small builders shared by the store tests.</summary>
internal static class StoreTestData
{
    public static readonly DateTimeOffset Start = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    public static LiteDbRunStore Open(TempDirectory directory, TimeProvider? time = null) =>
        new(new RunStoreOptions { DataDirectory = directory.Path }, time ?? new ManualTimeProvider(Start));

    public static FrameMetrics[] Frames(string runId, int from, int count) =>
        Enumerable.Range(from, count)
            .Select(frame => new FrameMetrics
            {
                RunId = runId,
                Frame = frame,
                TimeMs = frame * 16.5,
                Values = new Dictionary<string, double> { ["fps"] = 60 - frame, ["latency_ms"] = 10.25 + frame },
            })
            .ToArray();

    /// <summary>The smallest valid PNG signature followed by some bytes: enough for the store, which only checks the signature.</summary>
    public static byte[] Png(byte fill) => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, fill, fill, fill, 0, 1, 2, 3];
}
