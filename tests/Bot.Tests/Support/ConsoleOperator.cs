using Bot.Core.Commands;

namespace Bot.Tests.Support;

/// <summary>The operator at the console, sending commands straight to a host's dispatcher as a moderator.</summary>
public static class ConsoleOperator
{
    /// <summary>A short report the operator adds: the base handed over on Saturday 10 January 2026.</summary>
    public const string Handover = """
        Ain al-Asad handed over to Iraqi forces, 10 January 2026
        The US-led coalition handed Ain al-Asad air base over to Iraqi forces on Saturday, Iraq's Joint Operations Command said.
        """;

    public static readonly ChatMessage Message = new(new ChatAddress(ChatPlatform.Console, "console"), new ChatSender("operator", "Operator"), "");

    public static async Task<Answer> SendAsync(IHost host, string text)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await host.Services.GetRequiredService<CommandDispatcher>().HandleAsync(Message with { Text = text }, LocalOperatorIsModerator.Instance, timeout.Token)
            ?? throw new InvalidOperationException($"No answer to {text}");
    }
}
