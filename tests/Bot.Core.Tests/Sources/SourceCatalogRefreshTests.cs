using Bot.Testing.Stores;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Sources;

/// <summary>Two instances of the bot over one store: what one changes, the other's catch-up brings into its knowledge.</summary>
public sealed class SourceCatalogRefreshTests : IDisposable
{
    private static readonly Actor Moderator = new(null, "-100", "42", "Mod Erator");
    private static readonly CancellationToken None = CancellationToken.None;

    private static readonly Source Seed = Make("The harbour authority said on Thursday that the port of Valona will reopen by Saturday 10 January 2026.", "Port statement");
    private static readonly Source Added = Make("The ministry said on Friday that ferries to Valona will resume on Monday 12 January 2026.", "Ferry notice");

    private readonly InMemorySourceStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 3, 9, 0, 0, TimeSpan.Zero));
    private readonly KnowledgeBase _knowledgeA = new();
    private readonly KnowledgeBase _knowledgeB = new();
    private readonly SourceCatalog _a;
    private readonly SourceCatalog _b;

    public SourceCatalogRefreshTests()
    {
        _a = new SourceCatalog(_knowledgeA, _store, new InMemoryAuditLog(), _time);
        _b = new SourceCatalog(_knowledgeB, _store, new InMemoryAuditLog(), _time);
    }

    public void Dispose()
    {
        _knowledgeA.Dispose();
        _knowledgeB.Dispose();
    }

    [Fact]
    public async Task A_source_added_and_removed_through_one_instance_reaches_the_other_after_its_catch_up()
    {
        await _a.RestoreAsync([Seed], None);
        await _b.RestoreAsync([Seed], None);

        await _a.AddAsync(Added, Moderator, None);
        var added = await _b.RefreshAsync(None);
        Assert.Equal([Added.Id], added.AddedSources.Select(s => s.Id));
        Assert.True(_knowledgeB.Contains(Added.Id));

        await _a.RemoveAsync(Added.Id, Moderator, None);
        await _a.RemoveAsync(Seed.Id, Moderator, None);
        var removed = await _b.RefreshAsync(None);
        Assert.Equal(new[] { Added.Id, Seed.Id }.Order(StringComparer.Ordinal), removed.RemovedSourceIds.Order(StringComparer.Ordinal));
        Assert.Empty(_knowledgeB.Current.Sources);
    }

    [Fact]
    public async Task A_restored_seed_comes_back_to_the_other_instance_from_its_own_seeds()
    {
        await _a.RestoreAsync([Seed], None);
        await _b.RestoreAsync([Seed], None);
        await _a.RemoveAsync(Seed.Id, Moderator, None);
        await _b.RefreshAsync(None);
        Assert.False(_knowledgeB.Contains(Seed.Id));

        await _a.RestoreSourceAsync(Seed.Id, Moderator, None);
        var change = await _b.RefreshAsync(None);

        Assert.Equal([Seed.Id], change.AddedSources.Select(s => s.Id));
    }

    [Fact]
    public async Task A_catch_up_with_nothing_changed_changes_nothing()
    {
        await _a.RestoreAsync([Seed], None);
        await _a.AddAsync(Added, Moderator, None);

        Assert.True((await _a.RefreshAsync(None)).IsEmpty);
        Assert.Equal(2, _knowledgeA.Current.Sources.Count);
    }

    [Fact]
    public async Task A_catch_up_before_the_start_up_load_leaves_the_knowledge_alone()
    {
        await _store.AddAsync(new StoredSource(Added, Moderator, _time.GetUtcNow()), None);

        Assert.True((await _b.RefreshAsync(None)).IsEmpty);
        Assert.Empty(_knowledgeB.Current.Sources);
    }

    private static Source Make(string text, string title) => new(Source.IdFor(text), title, new DateOnly(2026, 1, 2), "test", null, text);
}
