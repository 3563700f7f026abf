namespace Research.Engine.Storage;

/// <summary>
/// Keeps NaN and infinities out of the run store. A named value that is not finite is left out (the series then has a
/// gap there, as a frame without a found agent has no <c>agent_error</c>); a required number that is not finite is
/// refused with its field's name.
/// </summary>
internal static class FiniteValues
{
    /// <summary>The values without their non-finite entries; the same instance when all are finite.</summary>
    public static IReadOnlyDictionary<string, double> WithoutNonFinite(IReadOnlyDictionary<string, double> values)
    {
        foreach (var value in values.Values)
        {
            if (!double.IsFinite(value))
            {
                return values.Where(pair => double.IsFinite(pair.Value)).ToDictionary(pair => pair.Key, pair => pair.Value);
            }
        }
        return values;
    }

    /// <summary>Throws when a required number is NaN or infinite.</summary>
    /// <exception cref="ArgumentException">The value is not finite; the message names <paramref name="field"/>.</exception>
    public static void Require(double value, string field, string parameter)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"{field} is {value}: the run store keeps finite numbers only.", parameter);
        }
    }
}
