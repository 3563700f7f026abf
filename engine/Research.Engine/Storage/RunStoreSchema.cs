using LiteDB;

namespace Research.Engine.Storage;

/// <summary>Names, index keys and migrations of the run store's LiteDB schema.</summary>
internal static class RunStoreSchema
{
    /// <summary>The schema version this build writes; stored in the file's <c>USER_VERSION</c> pragma.</summary>
    public const int CurrentVersion = 2;

    public const string Runs = "runs";
    public const string Frames = "frames";
    public const string Inputs = "inputs";
    public const string Summaries = "summaries";
    public const string BrowserLatency = "browser_latency";

    /// <summary>
    /// Index key of frames: run id, then the zero-padded frame index, so one range scan of this index reads a run's
    /// frames already in frame order. Frame indices are non-negative <see cref="int"/>s: at most 10 digits.
    /// </summary>
    public const string RunFrameKey = "$.RunId + '/' + FORMAT($.Frame, 'D10')";

    /// <summary>Index key of input events: run id, then the zero-padded sequence number (a non-negative <see cref="long"/>: at most 19 digits).</summary>
    public const string RunSeqKey = "$.RunId + '/' + FORMAT($.Seq, 'D19')";

    /// <summary>File storage ids of key frames start with this, then <c>{runId}/{frame:D6}</c>.</summary>
    public const string KeyFramePrefix = "$/keyframes/";

    /// <summary>Collections a run store file may hold; LiteDB's file storage adds <c>_files</c> and <c>_chunks</c>.</summary>
    public static IReadOnlySet<string> KnownCollections { get; } =
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { Runs, Frames, Inputs, Summaries, BrowserLatency, "_files", "_chunks" };

    /// <summary>Migrations from version n to n + 1, applied in order at open.</summary>
    /// <remarks>Each must be idempotent: a crash between a migration and the version stamp runs it again.</remarks>
    public static IReadOnlyList<SchemaMigration> Migrations { get; } =
    [
        new(0, "create the collections and their indexes", CreateVersion1),
        new(1, "add browser-measured input-to-canvas latency", CreateVersion2),
    ];

    public static string FrameKey(string runId, int frame) => $"{runId}/{frame:D10}";

    public static string SeqKey(string runId, long seq) => $"{runId}/{seq:D19}";

    public static string KeyFrameId(string runId, int frame) => $"{KeyFramePrefix}{runId}/{frame:D6}";

    public static string KeyFramePrefixOf(string runId) => $"{KeyFramePrefix}{runId}/";

    private static void CreateVersion1(LiteDatabase db)
    {
        var runs = db.GetCollection(Runs);
        runs.EnsureIndex("Status", "$.Status");
        runs.EnsureIndex("Scenario", "$.Scenario");
        runs.EnsureIndex("Tags", "$.Tags[*]");
        runs.EnsureIndex("CreatedAt", "$.CreatedAt");
        runs.EnsureIndex("Kind", "$.Kind");
        db.GetCollection(Frames, BsonAutoId.Int64).EnsureIndex("RunFrame", RunFrameKey);
        db.GetCollection(Inputs, BsonAutoId.Int64).EnsureIndex("RunSeq", RunSeqKey);
        db.GetCollection(Summaries, BsonAutoId.Int64).EnsureIndex("RunId", "$.RunId");
    }

    private static void CreateVersion2(LiteDatabase db) =>
        db.GetCollection(BrowserLatency, BsonAutoId.Int64).EnsureIndex("RunSeq", RunSeqKey);
}
