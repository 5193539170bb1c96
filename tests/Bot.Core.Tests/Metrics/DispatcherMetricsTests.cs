using Bot.Core.Chat;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Metrics;

/// <summary>What the dispatcher records, heard with a MeterListener as any exporter would hear it.</summary>
public sealed class DispatcherMetricsTests : IDisposable
{
    // A chat id no other test uses, so measurements from tests running alongside are told apart by platform and command.
    private static readonly ChatMessage Message = new(new ChatAddress(ChatPlatform.Discord, "metrics-test"), new ChatSender("u", "U"), "");

    // Only this class's platform and commands: other tests record on the same static meter at the same time.
    private readonly MetricsRecorder _metrics = new(m => m.Tag("platform") is null or "discord" && m.Tag("command") is null or "throwing" or "slow" or "unknown" or "ask");

    public void Dispose() => _metrics.Dispose();

    [Fact]
    public async Task A_command_that_throws_is_counted_as_an_error_and_still_answered()
    {
        var dispatcher = Dispatcher(new Throwing(), TimeSpan.FromSeconds(10));

        await dispatcher.HandleAsync(Message with { Text = "/throwing" }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        Assert.Contains(_metrics.Measurements, m => m.Instrument == "bot.command.failures" && m.Tag("command") == "throwing" && m.Tag("reason") == "error");
        Assert.Contains(_metrics.Measurements, m => m.Instrument == "bot.updates.answered" && m.Tag("command") == "throwing" && m.Tag("platform") == "discord");
    }

    [Fact]
    public async Task A_command_past_its_timeout_is_counted_as_a_timeout()
    {
        var dispatcher = Dispatcher(new Slow(), TimeSpan.FromMilliseconds(50));

        await dispatcher.HandleAsync(Message with { Text = "/slow" }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        Assert.Contains(_metrics.Measurements, m => m.Instrument == "bot.command.failures" && m.Tag("command") == "slow" && m.Tag("reason") == "timeout");
    }

    [Theory]
    [InlineData("/slow", "slow")]
    [InlineData("/made_up_name", "unknown")]
    [InlineData("what is going on?", "ask")]
    public async Task Received_updates_are_tagged_with_a_registered_command_name_only(string text, string tag)
    {
        var dispatcher = Dispatcher(new Slow(), TimeSpan.FromMilliseconds(50));

        await dispatcher.HandleAsync(Message with { Text = text }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        Assert.Contains(_metrics.Measurements, m => m.Instrument == "bot.updates.received" && m.Tag("platform") == "discord" && m.Tag("command") == tag);
    }

    [Fact]
    public async Task Every_answer_records_its_latency()
    {
        var dispatcher = Dispatcher(new Throwing(), TimeSpan.FromSeconds(10));

        await dispatcher.HandleAsync(Message with { Text = "/throwing" }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        Assert.Contains(_metrics.Measurements, m => m.Instrument == "bot.reply.duration" && m.Tag("command") == "throwing" && m.Value >= 0);
    }

    private static CommandDispatcher Dispatcher(IChatCommand command, TimeSpan timeout) =>
        new(new CommandRegistry([command]), [], Options.Create(new CommandOptions { Timeout = timeout }), NullLogger<CommandDispatcher>.Instance);

    private sealed class Throwing : IChatCommand
    {
        public CommandDescriptor Descriptor { get; } = new("throwing", "Always fails, for the test");

        public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken) => throw new InvalidOperationException("boom");
    }

    private sealed class Slow : IChatCommand
    {
        public CommandDescriptor Descriptor { get; } = new("slow", "Never finishes in time, for the test");

        public async ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return Answer.Short("never");
        }
    }
}
