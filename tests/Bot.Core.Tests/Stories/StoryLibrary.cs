using System.Globalization;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;
using Bot.Core.Tests.Support;

namespace Bot.Core.Tests.Stories;

/// <summary>
/// The evaluation stories (one folder of dated reports each, beside this file) and the seed story, read through
/// the real ingest and answered by the real commands: the one home of how the checks and the question evaluation
/// get a bot for a story at a moment.
/// </summary>
public static class StoryLibrary
{
    /// <summary>The name that stands for the repository's own seeds/ folder.</summary>
    public const string Seed = "seed";

    public const string ChecksFile = "checks.md";

    public const string QuestionsFile = "questions.md";

    /// <summary>Checks a story still fails, each with its cause: listed, not deleted, so a fix shows (the row must then go).</summary>
    public const string KnownMissesFile = "known-misses.md";

    /// <summary>
    /// Marks a held-out story: written by an evaluator before reading how the analysis parses text, and scored apart,
    /// since the stories written alongside the code measure what the code was built for, not how it meets a new text.
    /// </summary>
    public const string HeldOutFile = "held-out.md";

    public static string Folder { get; } = Path.Combine(Seeds.RepositoryFolder, "tests", "Bot.Core.Tests", "Stories");

    private static readonly HashSet<string> NotReports = [ChecksFile, KnownMissesFile, HeldOutFile];

    /// <summary>Every story with a checks table, the seed included.</summary>
    public static IReadOnlyList<string> Names =>
        [.. Directory.EnumerateDirectories(Folder).Where(d => File.Exists(Path.Combine(d, ChecksFile))).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal)];

    public static string ChecksPath(string story) => Path.Combine(Folder, story, ChecksFile);

    public static string QuestionsPath => Path.Combine(Folder, QuestionsFile);

    public static string KnownMissesPath(string story) => Path.Combine(Folder, story, KnownMissesFile);

    public static bool IsHeldOut(string story) => File.Exists(Path.Combine(Folder, story, HeldOutFile));

    /// <summary>A story's reports as the bot reads a seeds folder: front matter, normalisation, in file-name order. The checks, known misses and held-out note are not reports.</summary>
    public static IReadOnlyList<Source> Documents(string story)
    {
        if (story == Seed)
        {
            return Seeds.Read();
        }

        var folder = Path.Combine(Folder, story);
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"No story \"{story}\" in {Folder}.");
        }

        return
        [
            .. Directory.EnumerateFiles(folder)
                .Where(f => SourceReader.SupportedExtensions.Contains(Path.GetExtension(f)) && !NotReports.Contains(Path.GetFileName(f)))
                .Order(StringComparer.Ordinal)
                .Select(f => SourceReader.Read(File.ReadAllText(f), f, Path.GetRelativePath(folder, f))),
        ];
    }

    /// <summary>Every command over all of the story's reports with the clock at <paramref name="now"/>: what the bot has read by then is its own business.</summary>
    /// <param name="embeddings">Semantic retrieval over the loaded story for free questions; BM25 alone without it.</param>
    public static CommandHarness Bot(string story, DateTimeOffset now, Func<KnowledgeBase, Bot.Core.Questions.IPassageEmbeddings>? embeddings = null)
    {
        var knowledge = Seeds.KnowledgeOf(Documents(story));
        return new CommandHarness(knowledge, now, embeddings?.Invoke(knowledge));
    }

    /// <summary>The tables' clock: a date is read as noon UTC that day, anything longer as an ISO-8601 instant (UTC unless it says otherwise).</summary>
    public static DateTimeOffset ParseNow(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero)
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
