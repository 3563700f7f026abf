namespace Research.Engine.Datasets;

/// <summary>One thing wrong with a dataset.</summary>
/// <param name="File">The file at fault, relative to the dataset directory (e.g. episodes/episode-000003.rwe or manifest.json).</param>
/// <param name="Message">What is wrong, with the byte offset and frame where known.</param>
public sealed record DatasetProblem(string File, string Message);
