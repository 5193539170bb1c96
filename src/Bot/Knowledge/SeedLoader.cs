using Bot.Core.Ingest;
using Bot.Core.Knowledge;
using Bot.Core.Sources;

namespace Bot.Host.Knowledge;

/// <summary>
/// Fills the knowledge before any transport starts, so the first answer already knows the story: the seeds folder
/// plus the sources moderators and feeds added, minus the ones moderators removed (a removed seed stays removed
/// across restarts; adding its text again brings it back). A missing folder or an unreadable file is logged, never fatal.
/// </summary>
public sealed class SeedLoader(
    KnowledgeBase knowledge,
    SourceCatalog catalog,
    IOptions<KnowledgeOptions> options,
    IHostEnvironment environment,
    ILogger<SeedLoader> logger) : IHostedService
{
    public string SeedsFolder => Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);

    /// <summary>How many sources the last load brought in; null until the first load has finished (readiness).</summary>
    public int? LoadedSources { get; private set; }

    public Task StartAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<KnowledgeChange> LoadAsync(CancellationToken cancellationToken)
    {
        var change = await catalog.RestoreAsync(ReadSeeds(), cancellationToken);
        var snapshot = knowledge.Current;
        LoadedSources = change.AddedSources.Count;
        // Debug: the start-up summary line says the same for the service; `ask` and `reminders` stay quiet.
        logger.LogDebug("Loaded {Sources} sources (seeds from {Folder} and stored additions): {Topics} topics, {Events} dated events", change.AddedSources.Count, SeedsFolder, snapshot.Topics.Count, snapshot.Events.Count);
        return change;
    }

    private List<Source> ReadSeeds()
    {
        var folder = SeedsFolder;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seeds folder {Folder} does not exist; starting with no seeds", folder);
            return [];
        }

        var sources = new List<Source>();
        foreach (var (path, source, error) in SourceReader.ReadFolder(folder))
        {
            if (source is null)
            {
                logger.LogWarning("Skipped {File}: {Reason}", path, error?.Message);
            }
            else if (source.Text.Length == 0)
            {
                logger.LogWarning("Skipped {File}: no text", path);
            }
            else
            {
                sources.Add(source);
            }
        }

        return sources;
    }
}
