using Bot.Core.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Sources;

/// <summary>
/// The <see cref="CommandHarness"/> over the seed as a moderator in a Telegram group uses it, with fetching allowed to reach
/// the local web site on 127.0.0.1.
/// </summary>
public sealed class SourceBot : IDisposable
{
    public static readonly ChatMessage Moderator = new(new ChatAddress(ChatPlatform.Telegram, "-100"), new ChatSender("42", "Mod Erator"), "") { IsGroup = true };

    private readonly CommandHarness _harness;

    public SourceBot(string now = "2026-01-12T09:00:00Z", bool allowPrivateAddresses = true, IAddressPolicy? policy = null, Dictionary<string, string?>? settings = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            ["Bot:Sources:AllowPrivateAddresses"] = allowPrivateAddresses ? "true" : "false",
            ["Bot:Sources:Timeout"] = "00:00:10",
        };
        foreach (var (key, value) in settings ?? [])
        {
            configuration[key] = value;
        }

        _harness = new CommandHarness(
            Seeds.Knowledge(),
            CommandHarness.At(now),
            settings: configuration,
            services: policy is null ? null : services => services.AddSingleton(policy));
    }

    public FakeTimeProvider Time => _harness.Time;

    public IServiceProvider Services => _harness.Services;

    public CommandDispatcher Dispatcher => _harness.Dispatcher;

    public KnowledgeBase Knowledge => _harness.Knowledge;

    public Source SeedSource => Knowledge.Current.Sources.Single(s => s.Location.EndsWith(".txt", StringComparison.Ordinal));

    public async Task<Answer> SendAsync(string text, ChatAttachment? attachment = null, string? replied = null, bool moderator = true)
    {
        var message = Moderator with { Text = text, Attachment = attachment, RepliedText = replied };
        IModeratorCheck check = moderator ? LocalOperatorIsModerator.Instance : Nobody.Instance;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        return await Dispatcher.HandleAsync(message, check, timeout.Token) ?? throw new InvalidOperationException($"No answer to {text}");
    }

    /// <summary>A fresh bot's answer to one moderator message, for tests that send nothing else.</summary>
    public static async Task<Answer> AnswerAsync(string text, ChatAttachment? attachment = null, string? replied = null)
    {
        using var bot = new SourceBot();
        return await bot.SendAsync(text, attachment, replied);
    }

    public async Task<string> TextAsync(string text) => PlainTextRenderer.Render(await SendAsync(text));

    public Task<IReadOnlyList<AuditEntry>> AuditAsync() => Services.GetRequiredService<IAuditLog>().ReadAsync(100, CancellationToken.None);

    public void Dispose() => _harness.Dispose();

    public static ChatAttachment File(string name, string content, long? size = null) =>
        Bytes(name, System.Text.Encoding.UTF8.GetBytes(content), size);

    public static ChatAttachment Bytes(string name, byte[] content, long? size = null) =>
        new(name, size ?? content.Length, null, _ => Task.FromResult<Stream>(new MemoryStream(content)));

    private sealed class Nobody : IModeratorCheck
    {
        public static readonly Nobody Instance = new();

        public ValueTask<bool> IsModeratorAsync(ChatMessage message, CancellationToken cancellationToken) => ValueTask.FromResult(false);
    }
}
