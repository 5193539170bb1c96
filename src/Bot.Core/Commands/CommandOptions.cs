namespace Bot.Core.Commands;

public sealed class CommandOptions
{
    public const string Section = "Bot:Commands";

    /// <summary>A command still running after this long is abandoned with a clear reply.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);
}
