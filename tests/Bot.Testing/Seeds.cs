using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Testing;

/// <summary>
/// The repository's seeds/ folder read the way the bot reads it, and the knowledge bases tests build from it or from
/// reports of their own: the one home of how a test gets a story into knowledge.
/// </summary>
public static class Seeds
{
    /// <summary>The folder holding Bot.sln.</summary>
    public static string RepositoryFolder => RepositoryPaths.Root;

    public static string Folder => RepositoryPaths.Seeds;

    public static IReadOnlyList<Source> Read() =>
        [.. SourceReader.ReadFolder(Folder).Select(f => f.Source ?? throw new InvalidOperationException($"{f.Path}: {f.Error?.Message}"))];

    /// <summary>The seeds and <paramref name="extra"/> reports.</summary>
    public static KnowledgeBase Knowledge(params Source[] extra) => KnowledgeOf([.. Read(), .. extra]);

    /// <summary>Only <paramref name="sources"/>, without the seeds.</summary>
    public static KnowledgeBase KnowledgeOf(params IEnumerable<Source> sources)
    {
        var knowledge = new KnowledgeBase();
        knowledge.Load([.. sources]);
        return knowledge;
    }

    /// <summary>A dated report as a test writes one: front matter (title, published day, wire) over the body, read as the bot reads an .md file.</summary>
    public static Source Report(string title, string published, string body) =>
        SourceReader.Read($"---\ntitle: {title}\npublished: {published}\nsource: Test Wire\n---\n{body}\n", title + ".md", title + ".md");
}
