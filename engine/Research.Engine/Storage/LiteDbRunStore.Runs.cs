using LiteDB;

namespace Research.Engine.Storage;

/// <summary>Run documents: create, complete, read, query, tag, record modes, delete.</summary>
public sealed partial class LiteDbRunStore
{
    /// <inheritdoc />
    public RunDocument CreateRun(NewRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (string.IsNullOrWhiteSpace(run.Kind))
        {
            throw new ArgumentException("A run needs a kind, for example \"simulate\", \"train\" or \"session\".", nameof(run));
        }
        if (run.Id is not null)
        {
            RunIds.Validate(run.Id, nameof(run));
        }
        return Transaction("creating a run", () =>
        {
            var now = Now();
            var id = run.Id ?? NewId(run.Kind, now);
            if (_runs.FindById(id) is { } existing)
            {
                throw new ArgumentException($"A run with id '{existing.Id}' already exists.", nameof(run));
            }
            var document = new RunDocument
            {
                Id = id,
                Kind = run.Kind.Trim(),
                Name = run.Name,
                Scenario = run.Scenario,
                Seed = run.Seed,
                QualityMode = run.QualityMode,
                Checkpoint = run.Checkpoint,
                Tags = NormalizeTags(run.Tags ?? []),
                Status = RunStatus.Running,
                CreatedAt = now,
                LastFrame = -1,
                Config = new Dictionary<string, string>(run.Config ?? new Dictionary<string, string>(), StringComparer.Ordinal),
                Notes = run.Notes,
            };
            _runs.Insert(document);
            return document;
        });
    }

    /// <inheritdoc />
    public RunDocument CompleteRun(string runId, RunStatus status, string? error = null)
    {
        RunIds.Validate(runId, nameof(runId));
        if (status == RunStatus.Running || !Enum.IsDefined(status))
        {
            throw new ArgumentException($"A run ends as Completed, Failed or Interrupted, not {status}.", nameof(status));
        }
        return Transaction("completing a run", () =>
        {
            var run = RequireRun(runId);
            if (run.Status != RunStatus.Running)
            {
                throw new InvalidOperationException($"Run '{run.Id}' has already ended as {run.Status}.");
            }
            var ended = run with { Status = status, EndedAt = Now(), Error = error };
            _runs.Update(ended);
            return ended;
        });
    }

    /// <inheritdoc />
    public RunDocument? GetRun(string runId) =>
        RunIds.IsValid(runId) ? Locked("reading a run", () => _runs.FindById(runId)) : null;

    /// <inheritdoc />
    public IReadOnlyList<RunDocument> QueryRuns(RunQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.Limit is <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(query), query.Limit, "The limit must be positive.");
        }
        return Locked("querying runs", () =>
        {
            var found = _runs.Query();
            if (query.Status is { } status)
            {
                found = found.Where("$.Status = @0", status.ToString());
            }
            if (query.Scenario is { } scenario)
            {
                found = found.Where("$.Scenario = @0", scenario);
            }
            if (query.Kind is { } kind)
            {
                found = found.Where("$.Kind = @0", kind);
            }
            if (query.QualityMode is { } mode)
            {
                found = found.Where("$.QualityMode = @0", mode);
            }
            if (query.Checkpoint is { } checkpoint)
            {
                found = found.Where("$.Checkpoint = @0", checkpoint);
            }
            if (query.Tag is { } tag)
            {
                found = found.Where("$.Tags[*] ANY = @0", tag.Trim());
            }
            if (query.CreatedAfter is { } after)
            {
                found = found.Where("$.CreatedAt >= @0", after.UtcDateTime);
            }
            if (query.CreatedBefore is { } before)
            {
                found = found.Where("$.CreatedAt < @0", before.UtcDateTime);
            }
            var ordered = found.OrderByDescending("$.CreatedAt");
            return (IReadOnlyList<RunDocument>)(query.Limit is { } limit ? ordered.Limit(limit).ToList() : ordered.ToList());
        });
    }

    /// <inheritdoc />
    public RunDocument SetTags(string runId, IEnumerable<string> tags)
    {
        RunIds.Validate(runId, nameof(runId));
        ArgumentNullException.ThrowIfNull(tags);
        var normalized = NormalizeTags(tags);
        return Transaction("setting tags", () =>
        {
            var tagged = RequireRun(runId) with { Tags = normalized };
            _runs.Update(tagged);
            return tagged;
        });
    }

    /// <inheritdoc />
    public RunDocument SetModes(string runId, IReadOnlyList<ModeUse> modes)
    {
        RunIds.Validate(runId, nameof(runId));
        ArgumentNullException.ThrowIfNull(modes);
        if (modes.Any(m => string.IsNullOrWhiteSpace(m.Mode) || m.Frames < 0 || !double.IsFinite(m.Seconds) || m.Seconds < 0))
        {
            throw new ArgumentException("Each mode needs a name, a frame count of at least 0 and a finite time of at least 0.", nameof(modes));
        }
        if (modes.Select(m => m.Mode.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != modes.Count)
        {
            throw new ArgumentException("A mode is named twice.", nameof(modes));
        }
        var stored = modes.Select(m => m with { Mode = m.Mode.Trim() }).ToArray();
        return Transaction("setting modes", () =>
        {
            var updated = RequireRun(runId) with { Modes = stored };
            _runs.Update(updated);
            return updated;
        });
    }

    /// <inheritdoc />
    public bool DeleteRun(string runId)
    {
        if (!RunIds.IsValid(runId))
        {
            return false;
        }
        return Transaction("deleting a run", () =>
        {
            if (_runs.FindById(runId) is not { } run)
            {
                return false;
            }
            if (run.Status == RunStatus.Running)
            {
                throw new InvalidOperationException($"Run '{run.Id}' is still running; complete it before deleting it.");
            }
            _frames.DeleteMany(FramesOf(run.Id, 0, int.MaxValue));
            _inputs.DeleteMany(InputsOf(run.Id));
            _browserLatency.DeleteMany(InputsOf(run.Id));
            _summaries.DeleteMany(BsonExpression.Create("$.RunId = @0", run.Id));
            foreach (var file in _db.FileStorage.Find(Query.StartsWith("_id", RunStoreSchema.KeyFramePrefixOf(run.Id))).ToList())
            {
                _db.FileStorage.Delete(file.Id);
            }
            _runs.Delete(run.Id);
            return true;
        });
    }

    private RunDocument RequireRun(string runId) =>
        _runs.FindById(runId) ?? throw new KeyNotFoundException($"There is no run '{runId}' in {DatabasePath}.");

    private string NewId(string kind, DateTimeOffset now)
    {
        string id;
        do
        {
            id = RunIds.Create(kind, now);
        }
        while (_runs.FindById(id) is not null);
        return id;
    }

    private static string[] NormalizeTags(IEnumerable<string> tags) =>
        tags.Where(tag => !string.IsNullOrWhiteSpace(tag)).Select(tag => tag.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    private static BsonExpression FramesOf(string runId, int from, int to) => BsonExpression.Create(
        RunStoreSchema.RunFrameKey + " BETWEEN @0 AND @1", RunStoreSchema.FrameKey(runId, from), RunStoreSchema.FrameKey(runId, to));

    private static BsonExpression InputsOf(string runId) => BsonExpression.Create(
        RunStoreSchema.RunSeqKey + " BETWEEN @0 AND @1", RunStoreSchema.SeqKey(runId, 0), RunStoreSchema.SeqKey(runId, long.MaxValue));
}
