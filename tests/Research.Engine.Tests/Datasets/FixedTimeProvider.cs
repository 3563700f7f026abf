namespace Research.Engine.Tests.Datasets;

/// <summary>A clock that always says <paramref name="now"/>.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
