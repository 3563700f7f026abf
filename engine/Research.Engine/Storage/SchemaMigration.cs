using LiteDB;

namespace Research.Engine.Storage;

/// <summary>One step of the schema: what turns a version <paramref name="FromVersion"/> file into version <paramref name="FromVersion"/> + 1.</summary>
/// <param name="FromVersion">The version the step starts from.</param>
/// <param name="Description">What the step does, for messages.</param>
/// <param name="Apply">The step; must be idempotent.</param>
internal sealed record SchemaMigration(int FromVersion, string Description, Action<LiteDatabase> Apply);
