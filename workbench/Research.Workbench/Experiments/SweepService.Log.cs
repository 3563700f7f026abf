using Research.Engine.Storage;

namespace Research.Workbench.Experiments;

/// <summary>The service's log messages.</summary>
public sealed partial class SweepService
{
    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Information, Message = "Sweep {SweepId} queued with {Cells} cells")]
        public static partial void Queued(ILogger logger, string sweepId, int cells);

        [LoggerMessage(Level = LogLevel.Information, Message = "Sweep {SweepId} started")]
        public static partial void Started(ILogger logger, string sweepId);

        [LoggerMessage(Level = LogLevel.Information, Message = "Sweep {SweepId} ended {Status} {Error}")]
        public static partial void Ended(ILogger logger, string sweepId, RunStatus status, string? error);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep {SweepId}: cell {Cell} failed")]
        public static partial void CellFailed(ILogger logger, string sweepId, string cell, Exception exception);

        [LoggerMessage(Level = LogLevel.Error, Message = "Sweep {SweepId} failed")]
        public static partial void SweepFailed(ILogger logger, string sweepId, Exception exception);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep {SweepId}: its record could not be ended")]
        public static partial void RecordNotEnded(ILogger logger, string sweepId, Exception exception);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Sweep {SweepId}: could not lower its thread's priority; it competes with live sessions at normal priority")]
        public static partial void PriorityNotLowered(ILogger logger, string sweepId);

        [LoggerMessage(Level = LogLevel.Warning, Message = "A sweep subscriber failed")]
        public static partial void SubscriberFailed(ILogger logger, Exception exception);
    }
}
