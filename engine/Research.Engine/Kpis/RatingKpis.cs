namespace Research.Engine.Kpis;

/// <summary>The users' own ratings of how consistent the world looked.</summary>
/// <param name="Count">Ratings given.</param>
/// <param name="MeanScore">Mean score, from 1 to 5; null without ratings.</param>
/// <param name="MinScore">Lowest score; null without ratings.</param>
public sealed record RatingKpis(int Count, double? MeanScore, int? MinScore)
{
    /// <summary>Writes the figures as ratings, rating_mean and rating_min.</summary>
    internal void WriteTo(KpiValueWriter values)
    {
        values.Add("ratings", Count);
        values.Add("rating_mean", MeanScore);
        values.Add("rating_min", MinScore);
    }
}
