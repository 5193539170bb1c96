using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Core.Answers;
using Bot.Core.Chat;
using Bot.Core.Commands;
using Bot.Core.Metrics;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Metrics;

/// <summary>What the dispatcher records, heard with a MeterListener as any exporter would hear it.</summary>
public sealed class DispatcherMetricsTests : IDisposable
{
    // A chat id no other test uses, so measurements from tests running alongside are told apart by platform and command.
    private static readonly ChatMessage Message = new(new ChatAddress(ChatPlatform.Discord, "metrics-test"), new ChatSender("u", "U"), "");

    private readonly MeterListener _listener = new();
    private readonly ConcurrentBag<(string Instrument, double Value, Dictionary<string, string> Tags)> _measurements = [];

    public DispatcherMetricsTests()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == BotMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags));
        _listener.Start();
    }

    public void Dispose() => _listener.Dispose();

    [Fact]
    public async Task A_command_that_throws_is_counted_as_an_error_and_still_answered()
    {
        var dispatcher = Dispatcher(new Throwing(), TimeSpan.FromSeconds(10));

        await dispatcher.HandleAsync(Message with { Text = "/throwing" }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        Assert.Contains(_measurements, m => m.Instrument == "bot.command.failures" && m.Tags["command"] == "throwing" && m.Tags["reason"] == "error");
        Assert.Contains(_measurements, m => m.Instrument == "bot.updates.answered" && m.Tags["command"] == "throwing" && m.Tags["platform"] == "discord");
    }

    [Fact]
    public async Task A_command_past_its_timeout_is_counted_as_a_timeout()
    {
        var dispatcher = Dispatcher(new Slow(), TimeSpan.FromMilliseconds(50));

        await dispatcher.HandleAsync(Message with { Text = "/slow" }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        Assert.Contains(_measurements, m => m.Instrument == "bot.command.failures" && m.Tags["command"] == "slow" && m.Tags["reason"] == "timeout");
    }

    [Theory]
    [InlineData("/slow", "slow")]
    [InlineData("/made_up_name", "unknown")]
    [InlineData("what is going on?", "ask")]
    public async Task Received_updates_are_tagged_with_a_registered_command_name_only(string text, string tag)
    {
        var dispatcher = Dispatcher(new Slow(), TimeSpan.FromMilliseconds(50));

        await dispatcher.HandleAsync(Message with { Text = text }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        Assert.Contains(_measurements, m => m.Instrument == "bot.updates.received" && m.Tags["platform"] == "discord" && m.Tags["command"] == tag);
    }

    [Fact]
    public async Task Every_answer_records_its_latency()
    {
        var dispatcher = Dispatcher(new Throwing(), TimeSpan.FromSeconds(10));

        await dispatcher.HandleAsync(Message with { Text = "/throwing" }, LocalOperatorIsModerator.Instance, CancellationToken.None);

        Assert.Contains(_measurements, m => m.Instrument == "bot.reply.duration" && m.Tags["command"] == "throwing" && m.Value >= 0);
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var byName = new Dictionary<string, string>();
        foreach (var tag in tags)
        {
            byName[tag.Key] = tag.Value?.ToString() ?? "";
        }

        // Only this test class's platform and commands: other tests in the assembly record on the same static meter.
        if (byName.GetValueOrDefault("platform") is null or "discord" && byName.GetValueOrDefault("command") is null or "throwing" or "slow" or "unknown" or "ask")
        {
            _measurements.Add((instrument.Name, value, byName));
        }
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
