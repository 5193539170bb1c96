using Bot.Core.Commands;
using Bot.Core.Knowledge;

namespace Bot.Tests.Operations;

/// <summary>State the operator can see and undo, on the real host's SQLite file: /audit, /restoresource, stories kept apart.</summary>
public sealed class StoryStateTests : IDisposable
{
    private readonly TempFolder _data = new();
    private readonly TempFolder _otherStory = new();

    public void Dispose()
    {
        _data.Dispose();
        _otherStory.Dispose();
    }

    [Fact]
    public async Task A_removed_seed_is_restored_and_stays_restored_after_a_restart()
    {
        string seedId;
        using (var first = await StartAsync(RepositoryPaths.Seeds))
        {
            seedId = Assert.Single(Knowledge(first).Sources).Id;
            await ConsoleOperator.SendAsync(first, $"/removesource {seedId}");
            Assert.Empty(Knowledge(first).Sources);

            var restored = await ConsoleOperator.SendAsync(first, $"/restoresource {seedId}");

            Assert.StartsWith($"Restored source [{seedId}]", restored.Headline);
            Assert.Equal(seedId, Assert.Single(Knowledge(first).Sources).Id);
            Assert.Contains(Knowledge(first).Events, e => e.Origin.Source.Id == seedId);
        }

        using var second = await StartAsync(RepositoryPaths.Seeds);
        Assert.Equal(seedId, Assert.Single(Knowledge(second).Sources).Id);
    }

    [Fact]
    public async Task A_removed_added_source_is_restored_with_its_text_after_a_restart()
    {
        string addedId;
        using (var first = await StartAsync(RepositoryPaths.Seeds))
        {
            await ConsoleOperator.SendAsync(first, "/addsource " + ConsoleOperator.Handover);
            addedId = Knowledge(first).Sources.Single(s => s.Title.StartsWith("Ain al-Asad handed over", StringComparison.Ordinal)).Id;
            await ConsoleOperator.SendAsync(first, $"/removesource {addedId}");
        }

        using var second = await StartAsync(RepositoryPaths.Seeds);
        Assert.DoesNotContain(Knowledge(second).Sources, s => s.Id == addedId);

        Assert.StartsWith($"Restored source [{addedId}]", (await ConsoleOperator.SendAsync(second, $"/restoresource {addedId}")).Headline);
        Assert.Contains("handed Ain al-Asad air base over", Knowledge(second).Sources.Single(s => s.Id == addedId).Text);
    }

    [Theory]
    [InlineData("abcdef", "No removed source has the id")]
    [InlineData("", "needs an id")]
    public async Task Restoring_what_was_never_removed_gets_a_clear_reply(string id, string reply)
    {
        using var host = await StartAsync(RepositoryPaths.Seeds);

        var answer = await ConsoleOperator.SendAsync(host, $"/restoresource {id}");

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.Contains(reply, answer.Headline);
    }

    [Fact]
    public async Task Restoring_a_source_that_is_present_says_there_is_nothing_to_undo()
    {
        using var host = await StartAsync(RepositoryPaths.Seeds);
        var seedId = Assert.Single(Knowledge(host).Sources).Id;

        Assert.Contains("nothing to restore", (await ConsoleOperator.SendAsync(host, $"/restoresource {seedId}")).Headline);
    }

    [Fact]
    public async Task Audit_shows_the_last_changes_newest_first_with_who_and_what()
    {
        using var host = await StartAsync(RepositoryPaths.Seeds);
        var seedId = Assert.Single(Knowledge(host).Sources).Id;
        await ConsoleOperator.SendAsync(host, "/addsource " + ConsoleOperator.Handover);
        await ConsoleOperator.SendAsync(host, $"/removesource {seedId}");
        await ConsoleOperator.SendAsync(host, $"/restoresource {seedId}");

        var all = await ConsoleOperator.SendAsync(host, "/audit");
        var last = await ConsoleOperator.SendAsync(host, "/audit 1");

        Assert.Equal(3, all.Items.Count);
        Assert.Contains($"restored source [{seedId}]", all.Items[0].Text);
        Assert.Contains($"removed source [{seedId}]", all.Items[1].Text);
        Assert.Contains("added source [", all.Items[2].Text);
        Assert.All(all.Items, item => Assert.Contains("Operator (operator) in Console:console", item.Text));
        Assert.Contains($"restored source [{seedId}]", Assert.Single(last.Items).Text);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("many")]
    public async Task Audit_with_a_bad_count_says_what_it_takes(string count)
    {
        using var host = await StartAsync(RepositoryPaths.Seeds);

        var answer = await ConsoleOperator.SendAsync(host, $"/audit {count}");

        Assert.Equal(AnswerKind.Problem, answer.Kind);
        Assert.Contains("a number from 1 to 50", answer.Headline);
    }

    [Fact]
    public async Task Audit_and_restoresource_are_for_moderators_only()
    {
        using var host = await StartAsync(RepositoryPaths.Seeds);
        var dispatcher = host.Services.GetRequiredService<CommandDispatcher>();

        foreach (var text in new[] { "/audit", "/restoresource abc" })
        {
            var answer = await dispatcher.HandleAsync(ConsoleOperator.Message with { Text = text }, new NobodyModerates(), CancellationToken.None);
            Assert.Contains("only this chat's moderators", answer!.Headline);
        }
    }

    [Fact]
    public async Task Sources_added_and_removed_in_one_story_never_show_in_another_on_the_same_data_folder()
    {
        await File.WriteAllTextAsync(Path.Combine(_otherStory.Path, "port.md"), "---\ntitle: Port reopens\npublished: 2025-06-02\n---\nThe port of Valona will reopen by the end of June, the harbour authority said on Monday.\n");
        string seedId;
        using (var iraq = await StartAsync(RepositoryPaths.Seeds))
        {
            seedId = Assert.Single(Knowledge(iraq).Sources).Id;
            await ConsoleOperator.SendAsync(iraq, "/addsource " + ConsoleOperator.Handover);
            await ConsoleOperator.SendAsync(iraq, $"/removesource {seedId}");
        }

        using (var port = await StartAsync(_otherStory.Path))
        {
            Assert.Equal("Port reopens", Assert.Single(Knowledge(port).Sources).Title);
            Assert.Contains("No removed source", (await ConsoleOperator.SendAsync(port, $"/restoresource {seedId}")).Headline);
        }

        using var again = await StartAsync(RepositoryPaths.Seeds);
        Assert.Equal(["Ain al-Asad handed over to Iraqi forces, 10 January 2026"], Knowledge(again).Sources.Select(s => s.Title));
    }

    [Theory]
    [InlineData("seeds", "seeds")]
    [InlineData("stories/port", "stories/port")]
    [InlineData("/srv/stories/port/", "/srv/stories/port")]
    public void The_story_key_is_the_seeds_folder_relative_to_the_content_root_when_inside_it(string seeds, string key)
    {
        Assert.Equal(key, StoryKey.For(seeds, "/opt/bot").Value);
    }

    private static KnowledgeSnapshot Knowledge(IHost host) => host.Services.GetRequiredService<KnowledgeBase>().Current;

    private Task<IHost> StartAsync(string seeds) => BotTestHost.LoadedAsync(_data.Path, BotTestHost.At("2026-01-12T09:00:00Z"), [new("Bot:Knowledge:SeedsPath", seeds)]);

    private sealed class NobodyModerates : IModeratorCheck
    {
        public ValueTask<bool> IsModeratorAsync(ChatMessage message, CancellationToken cancellationToken) => ValueTask.FromResult(false);
    }
}
