namespace Research.Engine.Datasets;

/// <summary>
/// Consecutive records of one episode: <c>Records[k]</c>'s frame follows from <c>Records[k - 1]</c>'s frame,
/// <c>Records[k]</c>'s action and <c>Records[k]</c>'s prompt, so a window of n records holds n - 1 transitions.
/// </summary>
/// <param name="Episode">Index of the episode.</param>
/// <param name="Start">Index of the first record in the episode.</param>
/// <param name="Records">The records, each with its own frame array.</param>
public sealed record EpisodeWindow(int Episode, int Start, IReadOnlyList<EpisodeRecord> Records);
