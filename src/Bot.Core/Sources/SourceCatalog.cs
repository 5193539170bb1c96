using System.Diagnostics.CodeAnalysis;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Core.Sources;

/// <summary>What adding a source came to.</summary>
public abstract record SourceAddition
{
    private SourceAddition()
    {
    }

    public sealed record Added(Source Source, KnowledgeChange Change) : SourceAddition;

    /// <summary>The same text (or, for a URL, the same address) is already a source: nothing was added.</summary>
    public sealed record Duplicate(Source Existing) : SourceAddition;
}

/// <summary>What undoing a removal came to.</summary>
public abstract record SourceRestoration
{
    private SourceRestoration()
    {
    }

    public sealed record Restored(Source Source, KnowledgeChange Change) : SourceRestoration;

    /// <summary>The source is in the story now: there is nothing to undo.</summary>
    public sealed record NotRemoved(Source Source) : SourceRestoration;

    /// <summary>No source of this story with that id was removed.</summary>
    public sealed record Unknown : SourceRestoration;
}

/// <summary>
/// The one way sources change at run time, for commands and the feed poller alike: the store, the knowledge and
/// the audit log move together, one change at a time, so a check for a duplicate and the addition cannot interleave.
/// </summary>
[SuppressMessage("Reliability", "CA1001:Types that own disposable fields should be disposable", Justification = "A SemaphoreSlim whose AvailableWaitHandle is never read holds nothing to release; disposing it would only make in-flight callers fail.")]
public sealed class SourceCatalog(KnowledgeBase knowledge, ISourceStore store, IAuditLog audit, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The seeds of the last start-up, by id: a removed seed is restored from here.</summary>
    private IReadOnlyDictionary<string, Source> _seeds = new Dictionary<string, Source>();

    /// <summary>Until the start-up load, a catch-up has no seeds to keep and must leave the knowledge alone.</summary>
    private bool _restored;

    /// <summary>A known source at this address (compared without fragment and trailing slash), if any.</summary>
    public Source? FindByUrl(string url)
    {
        var key = UrlKey(url);
        return key is null ? null : knowledge.Current.Sources.FirstOrDefault(s => s.Url is { } known && UrlKey(known) == key);
    }

    /// <summary>Ids are lower-case hex (<see cref="Source.IdFor"/>), so a typed id is matched in any case by lowering it.</summary>
    public Source? Find(string sourceId) =>
        knowledge.Current.Analyses.TryGetValue(sourceId.Trim().ToLowerInvariant(), out var analysis) ? analysis.Source : null;

    public async Task<SourceAddition> AddAsync(Source source, Actor actor, CancellationToken cancellationToken, string? feedId = null)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Find(source.Id) is { } existing)
            {
                return new SourceAddition.Duplicate(existing);
            }

            // Stored first: if the process dies between the two, the restart loads it rather than losing it.
            var now = time.GetUtcNow();
            await store.AddAsync(new StoredSource(source, actor, now, feedId), cancellationToken);
            var change = knowledge.Add(source);
            await audit.WriteAsync(new AuditEntry(now, actor, AuditActions.AddSource, source.Id, Describe(source)), cancellationToken);
            return new SourceAddition.Added(source, change);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Removes a source, seed or added; null when no source has that id.</summary>
    public async Task<(Source Source, KnowledgeChange Change)?> RemoveAsync(string sourceId, Actor actor, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Find(sourceId) is not { } source)
            {
                return null;
            }

            await store.RemoveAsync(source.Id, cancellationToken);
            var change = knowledge.Remove(source.Id);
            await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), actor, AuditActions.RemoveSource, source.Id, Describe(source)), cancellationToken);
            return (source, change);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>An edited feed item: its new text replaces the source made of its old text.</summary>
    public async Task<KnowledgeChange> ReplaceAsync(string oldSourceId, Source source, Actor actor, string feedId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (oldSourceId != source.Id)
            {
                await store.RemoveAsync(oldSourceId, cancellationToken);
                knowledge.Remove(oldSourceId);
            }

            await store.AddAsync(new StoredSource(source, actor, now, feedId), cancellationToken);
            var change = knowledge.Add(source);
            await audit.WriteAsync(new AuditEntry(now, actor, AuditActions.ReplaceSource, source.Id, $"{Describe(source)}; replaces {oldSourceId}"), cancellationToken);
            return change;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Start-up: the seeds plus every stored source, minus the ids a moderator removed, in one load. A removed seed
    /// stays removed until someone adds the same text again.
    /// </summary>
    public async Task<KnowledgeChange> RestoreAsync(IEnumerable<Source> seeds, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var seedList = seeds.ToList();
            _seeds = seedList.DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
            var removed = await store.RemovedIdsAsync(cancellationToken);
            var stored = await store.ListAsync(cancellationToken);
            var change = knowledge.Load([.. seedList.Where(s => !removed.Contains(s.Id)), .. stored.Select(s => s.Source)]);
            _restored = true;
            return change;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Brings the knowledge in line with the store after another instance of the bot changed it (or after reconnecting
    /// to the database, when such a change may have been missed): the seeds plus the stored sources, minus the removed
    /// ids, compared with what the knowledge holds, and only the difference applied. Nothing is audited: the instance
    /// that made the change did that. Before the start-up load (<see cref="RestoreAsync"/>) it does nothing: that load
    /// reads the store itself.
    /// </summary>
    public async Task<KnowledgeChange> RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_restored)
            {
                return KnowledgeChange.None;
            }

            var removed = await store.RemovedIdsAsync(cancellationToken);
            var stored = await store.ListAsync(cancellationToken);
            var wanted = _seeds.Values.Where(s => !removed.Contains(s.Id)).Concat(stored.Select(s => s.Source)).DistinctBy(s => s.Id).ToDictionary(s => s.Id, StringComparer.Ordinal);
            var known = knowledge.Current.Analyses.Keys;
            return knowledge.Update(wanted.Values.Where(s => !knowledge.Contains(s.Id)), known.Where(id => !wanted.ContainsKey(id)).ToList());
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Undoes a removal, of a seed or an added source; null when no removed source of this story has that id.</summary>
    public async Task<SourceRestoration> RestoreSourceAsync(string sourceId, Actor actor, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var id = sourceId.Trim().ToLowerInvariant();
            if (Find(id) is { } present)
            {
                return new SourceRestoration.NotRemoved(present);
            }

            var removed = await store.RemovedIdsAsync(cancellationToken);
            if (!removed.Contains(id))
            {
                return new SourceRestoration.Unknown();
            }

            var stored = await store.UnremoveAsync(id, cancellationToken);
            if ((stored?.Source ?? _seeds.GetValueOrDefault(id)) is not { } source)
            {
                // A seed removed, then deleted from the folder: forgetting the removal is all there is to undo.
                return new SourceRestoration.Unknown();
            }

            var change = knowledge.Add(source);
            await audit.WriteAsync(new AuditEntry(time.GetUtcNow(), actor, AuditActions.RestoreSource, source.Id, Describe(source)), cancellationToken);
            return new SourceRestoration.Restored(source, change);
        }
        finally
        {
            _gate.Release();
        }
    }

    internal static string Describe(Source source) =>
        $"{source.Title} ({source.Origin}, {(source.Published is { } p ? p.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : "undated")}){(source.Url is { } url ? " " + url : "")}";

    private static string? UrlKey(string url) =>
        Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            ? uri.GetComponents(UriComponents.SchemeAndServer | UriComponents.PathAndQuery, UriFormat.UriEscaped).TrimEnd('/').ToLowerInvariant()
            : null;
}
