using Bot.Discord.Rendering;

namespace Bot.Discord.Tests;

public sealed class RendererTests
{
    private static readonly SourceReference Source = new("s", "Report", new DateOnly(2026, 1, 5), "seed", null);

    [Theory]
    [InlineData("*bold* and _italic_", @"\*bold\* and \_italic\_")]
    [InlineData("a `code` ~~strike~~ ||spoiler||", @"a \`code\` \~\~strike\~\~ \|\|spoiler\|\|")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("> not a quote", @"\> not a quote")]
    [InlineData("- not a list", @"\- not a list")]
    [InlineData("well-known 3 > 2 # 1", @"well-known 3 > 2 # 1")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("<@123> and <t:1700000000>", @"\<@123> and \<t:1700000000>")]
    [InlineData("[masked](https://evil.example)", @"\[masked\](https://evil.example)")]
    public void Source_text_is_escaped_so_discord_shows_it_as_written(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Fact]
    public void Truncation_never_leaves_a_lone_escape_character()
    {
        var truncated = DiscordMarkdown.Truncate(@"abcd\*efgh", 6);

        Assert.Equal("abcd…", truncated);
    }

    [Fact]
    public void A_problem_is_a_short_ephemeral_text()
    {
        var messages = DiscordMessageRenderer.Render(Answer.Short("No such topic", AnswerKind.Problem));

        var message = Assert.Single(messages);
        Assert.Equal("No such topic", message.Content);
        Assert.Null(message.Embeds);
        Assert.True(message.Ephemeral);
    }

    [Fact]
    public void A_huge_answer_is_split_into_messages_within_every_discord_limit()
    {
        var items = Enumerable.Range(1, 120).Select(i => new AnswerItem(
            $"Item {i} " + new string('y', 300),
            new Quote($"Quote {i} " + new string('q', 1500), Source with { SourceId = $"s{i}", Title = new string('T', 300) }))).ToList();
        var answer = new Answer(new string('H', 400), items)
        {
            Note = "Some dates could not be resolved.",
            Buttons = [.. Enumerable.Range(1, 30).Select(i => new AnswerButton($"Button {i}", $"/status topic-{i}"))],
        };

        var messages = DiscordMessageRenderer.Render(answer);

        Assert.True(messages.Count > 1);
        foreach (var message in messages)
        {
            var embeds = message.Embeds!;
            Assert.InRange(embeds.Count, 1, 10);
            Assert.True(embeds.Sum(DiscordMessageRenderer.Size) <= 6000);
            foreach (var embed in embeds)
            {
                Assert.True((embed.Title?.Length ?? 0) <= 256);
                Assert.True((embed.Description?.Length ?? 0) <= 4096);
                Assert.True((embed.Fields?.Count ?? 0) <= 25);
                Assert.All(embed.Fields ?? [], f => Assert.True(f.Name.Length <= 256 && f.Value.Length <= 1024));
            }
        }

        Assert.Equal(120, messages.SelectMany(m => m.Embeds!).Sum(e => e.Fields?.Count ?? 0));
        Assert.Equal(5, messages[^1].ButtonRows!.Count);
        Assert.All(messages.Take(messages.Count - 1), m => Assert.Null(m.ButtonRows));
        Assert.Equal("Source date: 5 Jan 2026", messages[^1].Embeds![^1].Footer);
        var description = string.Concat(messages.SelectMany(m => m.Embeds!).Select(e => e.Description));
        Assert.Contains("Item 120", description);
        Assert.Contains("Some dates could not be resolved.", description);
    }
}
