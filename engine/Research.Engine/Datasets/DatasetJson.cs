using System.Text.Json.Serialization;

namespace Research.Engine.Datasets;

/// <summary>Source-generated JSON for the dataset's small files: camelCase, indented, so people can read them.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(DatasetManifest))]
[JsonSerializable(typeof(GeneratorStamp))]
internal sealed partial class DatasetJson : JsonSerializerContext;
