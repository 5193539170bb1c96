using System.Net;
using Bot.Core.Tests.Ingest.Web;

namespace Bot.Core.Tests.Sources;

[Collection(LocalWebSiteCollection.Name)]
public sealed class AddSourceCommandTests(LocalWebSite site)
{
    private const string Handover = """
        Ain al-Asad handed over to Iraqi forces, 10 January 2026
        The US-led coalition handed Ain al-Asad air base over to Iraqi forces on Saturday, Iraq's Joint Operations Command said.
        The last coalition troops left the base on Friday.
        """;

    [Fact]
    public async Task A_url_is_fetched_added_and_answered_with_what_changed()
    {
        using var bot = new SourceBot();

        var answer = await bot.SendAsync($"/addsource {site.Url("/article")}");

        Assert.Equal(AnswerKind.Information, answer.Kind);
        Assert.StartsWith("Added source [", answer.Headline);
        Assert.Contains("Port reopens after storm (Example Wire, 2 June 2025)", answer.Headline);
        Assert.Contains(answer.Items, i => i.Text.StartsWith("New topics: ", StringComparison.Ordinal) && i.Text.Contains("Valona"));
        Assert.Contains(answer.Items, i => i.Text.StartsWith("New deadline: by June 2025", StringComparison.Ordinal));
        Assert.Contains("Port reopens after storm", await bot.TextAsync("/sources"));
    }

    [Fact]
    public async Task The_same_url_added_twice_is_recognised_and_not_duplicated()
    {
        using var bot = new SourceBot();
        await bot.SendAsync($"/addsource {site.Url("/article")}");
        var count = bot.Knowledge.Current.Sources.Count;

        var again = await bot.SendAsync($"/addsource {site.Url("/article")}/");
        var viaRedirect = await bot.SendAsync($"/addsource {site.Url("/hop/2")}");

        Assert.StartsWith("I already have that source: [", again.Headline);
        Assert.StartsWith("I already have that source: [", viaRedirect.Headline);
        Assert.Equal(count, bot.Knowledge.Current.Sources.Count);
        Assert.Single(await bot.AuditAsync());
    }

    [Fact]
    public async Task Pasted_text_takes_its_title_and_date_from_the_first_line()
    {
        using var bot = new SourceBot();

        var answer = await bot.SendAsync("/addsource " + Handover);

        Assert.Contains("Ain al-Asad handed over to Iraqi forces, 10 January 2026 (pasted in chat, by Mod Erator, 10 January 2026)", answer.Headline);
        var added = bot.Knowledge.Current.Sources.Single(s => s.Title.StartsWith("Ain al-Asad handed over", StringComparison.Ordinal));
        Assert.Equal(new DateOnly(2026, 1, 10), added.Published);
    }

    [Fact]
    public async Task The_same_text_pasted_twice_is_recognised_and_not_duplicated()
    {
        using var bot = new SourceBot();
        await bot.SendAsync("/addsource " + Handover);

        var again = await bot.SendAsync("/addsource   " + Handover + "\n\n");

        Assert.StartsWith("I already have that source", again.Headline);
        Assert.Equal(2, bot.Knowledge.Current.Sources.Count);
    }

    [Fact]
    public async Task Front_matter_gives_title_date_and_origin()
    {
        using var bot = new SourceBot();

        var answer = await bot.SendAsync("/addsource ---\ntitle: Base handed over\npublished: 2026-01-10\nsource: Example Wire\n---\nThe coalition handed the base over on Saturday.");

        Assert.Equal("Added source [" + bot.Knowledge.Current.Sources.Single(s => s.Title == "Base handed over").Id + "]: Base handed over (Example Wire, 10 January 2026)", answer.Headline);
    }

    [Fact]
    public async Task Undated_text_makes_the_bot_ask_for_a_date_and_the_answer_completes_it()
    {
        using var bot = new SourceBot();

        var asked = await bot.SendAsync("/addsource Base handed over\nThe coalition handed the base over to Iraqi forces on Saturday.");
        var completed = await bot.SendAsync("/addsource published=2026-01-10");

        Assert.Equal(AnswerKind.Problem, asked.Kind);
        Assert.StartsWith("When was \u201cBase handed over\u201d published? Send /addsource published=YYYY-MM-DD", asked.Headline);
        Assert.StartsWith("Added source [", completed.Headline);
        Assert.Equal(new DateOnly(2026, 1, 10), bot.Knowledge.Current.Sources.Single(s => s.Title == "Base handed over").Published);
        // Saturday is resolved against the date given.
        Assert.Contains(completed.Items, i => i.Text.Contains("Saturday 10 January 2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Published_option_on_pasted_text_sets_the_date()
    {
        var answer = await SourceBot.AnswerAsync("/addsource published=2026-01-10 Base handed over\nThe coalition handed the base over on Saturday.");

        Assert.Contains("(pasted in chat, by Mod Erator, 10 January 2026)", answer.Headline);
    }

    [Theory]
    [InlineData("/addsource published=10/01/2026 Base handed over", "\u201c10/01/2026\u201d is not a date I can read; write published=YYYY-MM-DD.")]
    [InlineData("/removesource abc123", "No source has the id \u201cabc123\u201d. Send /sources for the ids.")]
    public async Task A_date_or_id_it_cannot_use_gets_a_one_line_problem_reply_that_says_what_to_send(string text, string reply)
    {
        var answer = await SourceBot.AnswerAsync(text);

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.Equal(reply, answer.Headline);
    }

    [Fact]
    public async Task A_reply_to_a_message_ingests_the_replied_text()
    {
        var answer = await SourceBot.AnswerAsync("/addsource", replied: Handover);

        Assert.Contains("(a chat message, by Mod Erator, 10 January 2026)", answer.Headline);
    }

    [Fact]
    public async Task An_attached_markdown_file_is_added_with_its_name_as_origin()
    {
        var answer = await SourceBot.AnswerAsync("/addsource", SourceBot.File("handover.md", "# Handover complete, 2026-01-10\n\nThe coalition handed the base over on Saturday."));

        Assert.Equal(AnswerKind.Information, answer.Kind);
        Assert.Contains("Handover complete, 2026-01-10 (handover.md, 10 January 2026)", answer.Headline);
    }

    [Theory]
    [InlineData("photo.png", "I read .txt, .md and .html files; photo.png is none of those.")]
    [InlineData("notes.txt", "That file is binary, not text; send a .txt, .md or .html document.")]
    public async Task A_binary_or_foreign_file_is_refused_in_one_line(string name, string reason)
    {
        using var bot = new SourceBot();

        var answer = await bot.SendAsync("/addsource", SourceBot.Bytes(name, [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0x0D]));

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.Equal(reason, answer.Headline);
        Assert.Empty(await bot.AuditAsync());
    }

    [Fact]
    public async Task A_huge_file_is_refused_before_and_while_reading()
    {
        using var bot = new SourceBot(settings: new() { ["Bot:Sources:MaxBytes"] = "1024" });
        var big = new string('a', 4096);

        var announced = await bot.SendAsync("/addsource", SourceBot.File("big.txt", big));
        var understated = await bot.SendAsync("/addsource", SourceBot.File("big.txt", big, size: 10));

        Assert.Equal("That file is larger than 1 KB, more than I read.", announced.Headline);
        Assert.Equal("That file is larger than 1 KB, more than I read.", understated.Headline);
    }

    [Theory]
    [InlineData("/image.png", "That address serves image/png, not a page or feed I can read.")]
    [InlineData("/huge-with-length", "That page is larger than 2 MB, more than I read.")]
    [InlineData("/missing", "The site answered 404 Not Found instead of the page.")]
    [InlineData("/feed.rss", "That address is an RSS/Atom feed; use /addfeed")]
    public async Task Bad_urls_get_a_clear_one_line_reply(string path, string reason)
    {
        var answer = await SourceBot.AnswerAsync($"/addsource {site.Url(path)}");

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.StartsWith(reason, answer.Headline);
        Assert.Empty(answer.Items);
    }

    [Theory]
    [InlineData("http://", "That doesn't look like a web address.")]
    [InlineData("news.example/story", "That doesn't look like a web address.")]
    [InlineData("ftp://files.example/report.txt", "I only fetch http and https addresses.")]
    public async Task A_broken_url_gets_a_clear_one_line_reply(string url, string reason)
    {
        var answer = await SourceBot.AnswerAsync($"/addsource {url}");

        Assert.Equal(reason, answer.Headline);
    }

    [Theory]
    [InlineData("http://127.0.0.1:{port}/article")]
    [InlineData("http://[::1]:{port}/article")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://localhost:{port}/article")]
    public async Task An_internal_address_is_refused_as_shipped(string url)
    {
        using var bot = new SourceBot(allowPrivateAddresses: false);

        var answer = await bot.SendAsync($"/addsource {url.Replace("{port}", site.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)}");

        Assert.Equal(SafeHttpFetcher.InternalAddressReason, answer.Headline);
        Assert.Empty(await bot.AuditAsync());
    }

    [Fact]
    public async Task A_redirect_to_the_metadata_address_is_refused()
    {
        // Only the local site's own address is allowed, so the redirect's target is judged as shipped.
        using var bot = new SourceBot(policy: new OnlyEndPoint(new IPEndPoint(IPAddress.Loopback, site.Port)));

        var answer = await bot.SendAsync($"/addsource {site.Url("/to-metadata")}");

        Assert.Equal(SafeHttpFetcher.InternalAddressReason, answer.Headline);
    }

    [Fact]
    public async Task Someone_who_is_not_a_moderator_is_refused_and_nothing_changes()
    {
        using var bot = new SourceBot();

        var answer = await bot.SendAsync("/addsource " + Handover, moderator: false);
        var removal = await bot.SendAsync($"/removesource {bot.SeedSource.Id}", moderator: false);

        Assert.Equal("Sorry, only this chat's moderators may use /addsource.", answer.Headline);
        Assert.Equal("Sorry, only this chat's moderators may use /removesource.", removal.Headline);
        Assert.Single(bot.Knowledge.Current.Sources);
        Assert.Empty(await bot.AuditAsync());
    }

    [Fact]
    public async Task Removesource_removes_a_source_and_answers_stop_quoting_it()
    {
        using var bot = new SourceBot();
        await bot.SendAsync("/addsource " + Handover);
        var added = bot.Knowledge.Current.Sources.Single(s => s.Title.StartsWith("Ain al-Asad handed over", StringComparison.Ordinal));

        var answer = await bot.SendAsync($"/removesource [{added.Id.ToUpperInvariant()}]");

        Assert.StartsWith($"Removed source [{added.Id}]: Ain al-Asad handed over to Iraqi forces", answer.Headline);
        Assert.DoesNotContain(added.Id, await bot.TextAsync("/sources"));
        Assert.DoesNotContain(bot.Knowledge.Current.Events, e => e.Origin.Source.Id == added.Id);
    }

    [Fact]
    public async Task Every_addition_and_removal_is_in_the_audit_log_with_who_when_what_and_where()
    {
        using var bot = new SourceBot();
        await bot.SendAsync("/addsource " + Handover);
        var added = bot.Knowledge.Current.Sources.Single(s => s.Title.StartsWith("Ain al-Asad handed over", StringComparison.Ordinal));
        bot.Time.Advance(TimeSpan.FromMinutes(5));
        await bot.SendAsync($"/removesource {added.Id}");

        var log = await bot.AuditAsync();

        Assert.Collection(
            log,
            entry =>
            {
                Assert.Equal(AuditActions.AddSource, entry.Action);
                Assert.Equal(added.Id, entry.Subject);
                Assert.Equal(new Actor(Bot.Core.Chat.ChatPlatform.Telegram, "-100", "42", "Mod Erator"), entry.Actor);
                Assert.Equal(DateTimeOffset.Parse("2026-01-12T09:00:00Z", System.Globalization.CultureInfo.InvariantCulture), entry.At);
                Assert.Contains("Ain al-Asad handed over to Iraqi forces", entry.Detail);
            },
            entry =>
            {
                Assert.Equal(AuditActions.RemoveSource, entry.Action);
                Assert.Equal(added.Id, entry.Subject);
                Assert.Equal(DateTimeOffset.Parse("2026-01-12T09:05:00Z", System.Globalization.CultureInfo.InvariantCulture), entry.At);
            });
    }

    [Fact]
    public async Task Addsource_and_removesource_are_listed_for_moderators_only()
    {
        using var bot = new SourceBot();
        var registry = bot.Dispatcher.Registry;

        Assert.Equal(Bot.Core.Commands.CommandAudience.Moderators, registry.Find("addsource")!.Descriptor.Audience);
        Assert.True(registry.Find("addsource")!.Descriptor.AcceptsAttachment);
        Assert.Equal(Bot.Core.Commands.CommandAudience.Moderators, registry.Find("removesource")!.Descriptor.Audience);
    }
}
