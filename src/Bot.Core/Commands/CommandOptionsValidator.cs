namespace Bot.Core.Commands;

/// <summary>A zero or negative timeout would fail every command (or throw from CancelAfter): stop the start instead.</summary>
public sealed class CommandOptionsValidator : IValidateOptions<CommandOptions>
{
    /// <summary>CancelAfter's own ceiling; a larger value cannot be scheduled.</summary>
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(int.MaxValue);

    public ValidateOptionsResult Validate(string? name, CommandOptions options) =>
        options.Timeout > TimeSpan.Zero && options.Timeout <= Longest
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{CommandOptions.Section}:Timeout is \"{options.Timeout}\": expected a duration above zero and under 24 days, such as 00:00:20.");
}
