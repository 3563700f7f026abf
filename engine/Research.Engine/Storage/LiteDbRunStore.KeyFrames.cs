using System.Globalization;
using LiteDB;

namespace Research.Engine.Storage;

/// <summary>Key frames: PNG images kept in LiteDB's file storage as <c>$/keyframes/{runId}/{frame:D6}</c>.</summary>
public sealed partial class LiteDbRunStore
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    /// <inheritdoc />
    public void SaveKeyFrame(string runId, int frame, ReadOnlyMemory<byte> png)
    {
        RunIds.Validate(runId, nameof(runId));
        ArgumentOutOfRangeException.ThrowIfNegative(frame);
        if (!png.Span.StartsWith(PngSignature))
        {
            throw new ArgumentException("A key frame must be a PNG image; these bytes do not start with the PNG signature.", nameof(png));
        }
        Transaction("saving a key frame", () =>
        {
            var run = RequireRun(runId);
            using var content = new MemoryStream(png.ToArray(), writable: false);
            _db.FileStorage.Upload(RunStoreSchema.KeyFrameId(run.Id, frame), $"{frame:D6}.png", content);
            return true;
        });
    }

    /// <inheritdoc />
    public byte[]? ReadKeyFrame(string runId, int frame)
    {
        if (!RunIds.IsValid(runId) || frame < 0)
        {
            return null;
        }
        return Locked("reading a key frame", () =>
        {
            if (_db.FileStorage.FindById(RunStoreSchema.KeyFrameId(runId, frame)) is not { } file)
            {
                return null;
            }
            using var content = new MemoryStream();
            file.CopyTo(content);
            return content.ToArray();
        });
    }

    /// <inheritdoc />
    public IReadOnlyList<int> ListKeyFrames(string runId)
    {
        if (!RunIds.IsValid(runId))
        {
            return [];
        }
        var prefix = RunStoreSchema.KeyFramePrefixOf(runId);
        return Locked("listing key frames", () => (IReadOnlyList<int>)_db.FileStorage
            .Find(Query.StartsWith("_id", prefix))
            .Select(file => int.TryParse(file.Id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var frame) ? frame : -1)
            .Where(frame => frame >= 0)
            .Order()
            .ToList());
    }
}
