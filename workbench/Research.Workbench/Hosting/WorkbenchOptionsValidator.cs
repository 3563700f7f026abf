using Microsoft.Extensions.Options;

namespace Research.Workbench.Hosting;

/// <summary>Refuses options that would expose the workbench without a token (run at start-up).</summary>
internal sealed class WorkbenchOptionsValidator : IValidateOptions<WorkbenchOptions>
{
    public ValidateOptionsResult Validate(string? name, WorkbenchOptions options) =>
        options.Problems() is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
