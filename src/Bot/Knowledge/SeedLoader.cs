using Bot.Core.Ingest;
using Bot.Core.Knowledge;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Knowledge;

/// <summary>
/// Fills the knowledge from the seeds folder before any transport starts, so the first answer already knows
/// the story. A missing folder or an unreadable file is logged, never fatal.
/// </summary>
public sealed class SeedLoader(KnowledgeBase knowledge, IOptions<KnowledgeOptions> options, IHostEnvironment environment, ILogger<SeedLoader> logger) : IHostedService
{
    public string SeedsFolder => Path.GetFullPath(options.Value.SeedsPath, environment.ContentRootPath);

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Load();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public KnowledgeChange Load()
    {
        var folder = SeedsFolder;
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("Seeds folder {Folder} does not exist; starting with no sources", folder);
            return knowledge.Load([]);
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

        var change = knowledge.Load(sources);
        var snapshot = knowledge.Current;
        logger.LogInformation("Loaded {Sources} sources from {Folder}: {Topics} topics, {Events} dated events", change.AddedSources.Count, folder, snapshot.Topics.Count, snapshot.Events.Count);
        return change;
    }
}
