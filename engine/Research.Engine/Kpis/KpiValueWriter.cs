namespace Research.Engine.Kpis;

/// <summary>Collects KPI figures by snake_case name, leaving out the ones that are undefined.</summary>
internal sealed class KpiValueWriter
{
    private readonly Dictionary<string, double> _values = new(StringComparer.Ordinal);

    /// <summary>The figures written so far.</summary>
    public IReadOnlyDictionary<string, double> Values => _values;

    /// <summary>Writes <paramref name="value"/> under <paramref name="name"/> unless it is null, NaN or infinite.</summary>
    public void Add(string name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            _values.Add(name, v);
        }
    }
}
