using System.Text;
using Bot.Telegram.Rendering;

namespace Bot.Telegram.Tests;

public sealed class TelegramHtmlRendererTests
{
    private static readonly SourceReference Source = new("s", "Title", new DateOnly(2026, 1, 5), "test", null);

    [Fact]
    public void Markup_characters_from_text_are_escaped_and_the_headline_is_bold()
    {
        var html = TelegramHtmlRenderer.Render(new Answer("A < B & C > D", [new AnswerItem("x<y", new Quote("1 & 2", Source))])).Single();

        Assert.Equal("<b>A &lt; B &amp; C &gt; D</b>\n\n• x&lt;y\n<blockquote>“1 &amp; 2”\n— <i>Title, 5 Jan 2026</i></blockquote>", html);
    }

    [Fact]
    public void Only_web_links_become_anchors()
    {
        var web = new SourceReference("s", "T", null, "o", "https://example.org/x?a=1&b=\"2\"");
        var script = new SourceReference("s", "T", null, "o", "javascript:alert(1)");

        var withLink = TelegramHtmlRenderer.Render(new Answer("H", [new AnswerItem("i", new Quote("q", web))])).Single();
        var withoutLink = TelegramHtmlRenderer.Render(new Answer("H", [new AnswerItem("i", new Quote("q", script))])).Single();

        Assert.Contains("<a href=\"https://example.org/x?a=1&amp;b=%222%22\">T, undated</a>", withLink);
        Assert.DoesNotContain("<a", withoutLink);
    }

    [Fact]
    public void A_single_paragraph_longer_than_a_message_is_cut_into_pieces_that_fit_after_escaping()
    {
        var huge = string.Join(' ', Enumerable.Repeat("&&&&&", 2000));

        var parts = TelegramHtmlRenderer.Render(new Answer("H", [new AnswerItem(huge)]));

        Assert.True(parts.Count > 2);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramHtmlRenderer.MaxMessageLength));
        Assert.All(parts, p => Assert.DoesNotMatch("&(?!amp;)", p));
        Assert.Equal(2000 * 5, parts.Sum(p => CountOf(p, "&amp;")));
    }

    [Fact]
    public void Callback_data_over_64_bytes_goes_through_a_short_id_and_back()
    {
        var table = new CallbackDataTable();
        var longCommand = "/status " + new string('é', 40);

        var data = table.ToCallbackData(longCommand);

        Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, CallbackDataTable.MaxCallbackDataBytes);
        Assert.Equal(longCommand, table.Resolve(data));
        Assert.Equal(data, table.ToCallbackData(longCommand));
        Assert.Equal("/help", table.ToCallbackData("/help"));
        Assert.Equal("/help", table.Resolve("/help"));
        Assert.Null(table.Resolve("#unknown"));
    }

    [Fact]
    public void The_callback_table_forgets_the_oldest_ids_beyond_its_capacity()
    {
        var table = new CallbackDataTable(capacity: 2);
        var ids = Enumerable.Range(1, 3).Select(i => table.ToCallbackData($"/status {i} " + new string('x', 70))).ToList();

        Assert.Null(table.Resolve(ids[0]));
        Assert.NotNull(table.Resolve(ids[2]));
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
