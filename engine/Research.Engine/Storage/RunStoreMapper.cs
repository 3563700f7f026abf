using LiteDB;

namespace Research.Engine.Storage;

/// <summary>The one <see cref="BsonMapper"/> of a store, configured before first use.</summary>
/// <remarks>
/// Not <see cref="BsonMapper.Global"/>: LiteDB 5.0.20 builds entity maps lazily without thread safety, so each store
/// owns its mapper, maps every stored type once here, and uses it only under the store's lock.
/// </remarks>
internal static class RunStoreMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper
        {
            // Store text exactly as given: the defaults trim it and turn "" into null.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            SerializeNullValues = false,
            EnumAsInteger = false,
        };
        // LiteDB maps read-only interfaces as plain lists; these keep records immutable and still round-trip.
        mapper.RegisterType<IReadOnlyList<string>>(
            list => new BsonArray(list.Select(item => new BsonValue(item))),
            bson => bson.IsArray ? bson.AsArray.Select(item => item.AsString).ToArray() : []);
        mapper.RegisterType<IReadOnlyDictionary<string, string>>(
            map => ToDocument(map, value => new BsonValue(value)),
            bson => FromDocument(bson, value => value.AsString));
        mapper.RegisterType<IReadOnlyDictionary<string, double>>(
            map => ToDocument(map, value => new BsonValue(value)),
            bson => FromDocument(bson, value => value.AsDouble));
        mapper.RegisterType<IReadOnlyList<ModeUse>>(
            list => new BsonArray(list.Select(use => (BsonValue)new BsonDocument
            {
                [nameof(ModeUse.Mode)] = use.Mode,
                [nameof(ModeUse.Frames)] = use.Frames,
                [nameof(ModeUse.Seconds)] = use.Seconds,
            })),
            bson => bson.IsArray
                ? bson.AsArray.Where(item => item.IsDocument).Select(item => new ModeUse
                {
                    Mode = item[nameof(ModeUse.Mode)].AsString ?? "",
                    Frames = item[nameof(ModeUse.Frames)].AsInt32,
                    Seconds = item[nameof(ModeUse.Seconds)].AsDouble,
                }).ToArray()
                : []);

        mapper.Entity<RunDocument>().Id(run => run.Id, autoId: false);
        mapper.ToDocument(new RunDocument());
        mapper.ToDocument(new FrameMetrics());
        mapper.ToDocument(new InputTraceEvent());
        mapper.ToDocument(new KpiSummary());
        mapper.ToDocument(new BrowserLatencySample());
        return mapper;
    }

    private static BsonDocument ToDocument<T>(IReadOnlyDictionary<string, T> map, Func<T, BsonValue> convert)
    {
        var document = new BsonDocument();
        foreach (var (key, value) in map)
        {
            document[key] = convert(value);
        }
        return document;
    }

    private static Dictionary<string, T> FromDocument<T>(BsonValue bson, Func<BsonValue, T> convert) =>
        bson.IsDocument ? bson.AsDocument.ToDictionary(pair => pair.Key, pair => convert(pair.Value), StringComparer.Ordinal) : [];
}
