using System.Globalization;
using System.Text;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;

namespace Bot.Benchmarks.Corpus;

/// <summary>
/// A deterministic corpus of news-like documents about invented places, people, organisations and agreements:
/// front matter, bullets, quotes, absolute and relative dates, deadlines, a phase plan and a question heading,
/// so that every stage of ingest and analysis does the work it does on real reports.
/// </summary>
public static class NewsCorpus
{
    private static readonly string[] Syllables = ["kar", "dul", "asa", "mer", "tal", "bir", "sha", "nor", "vel", "qui", "ram", "zin", "hol", "dar", "ben", "ira", "lom", "tes", "ula", "gor"];
    private static readonly string[] OrganisationHeads = ["Command", "Ministry of Defence", "Council", "Forces", "Authority", "Commission"];
    private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
    private static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
    private static readonly string[] Verbs = ["said", "stated", "told reporters", "confirmed"];

    /// <summary>The invented names a corpus of this size uses, so benchmarks can ask about real topics.</summary>
    public sealed record Names(IReadOnlyList<string> Places, IReadOnlyList<string> People, IReadOnlyList<string> Organisations);

    public static Names NamesFor(int seed = 42)
    {
        var random = new Random(seed);
        return new Names(
            [.. Enumerable.Range(0, 400).Select(_ => Place(random))],
            [.. Enumerable.Range(0, 300).Select(_ => Person(random))],
            [.. Enumerable.Range(0, 120).Select(_ => $"{Capital(Word(random, 2))} {OrganisationHeads[random.Next(OrganisationHeads.Length)]}")]);
    }

    /// <summary>The raw text of <paramref name="count"/> documents, as files in a seeds folder would hold them.</summary>
    public static IReadOnlyList<(string FileName, string Content)> Documents(int count, int seed = 42)
    {
        var names = NamesFor(seed);
        var random = new Random(seed + 1);
        var documents = new List<(string, string)>(count);
        for (var i = 0; i < count; i++)
        {
            documents.Add(($"doc-{i:D5}.md", Document(random, names, i)));
        }

        return documents;
    }

    public static IReadOnlyList<Source> Sources(int count, int seed = 42) =>
        [.. Documents(count, seed).Select(d => SourceReader.Read(d.Content, d.FileName, d.FileName))];

    /// <summary>A knowledge base holding <see cref="Sources"/>: what the benchmarks and profiles ask and update.</summary>
    public static KnowledgeBase Knowledge(int count, int seed = 42)
    {
        var knowledge = new KnowledgeBase();
        knowledge.Load(Sources(count, seed));
        return knowledge;
    }

    private static string Document(Random random, Names names, int index)
    {
        var published = new DateOnly(2020, 1, 1).AddDays(random.Next(0, 365 * 6));
        var place = Pick(random, names.Places);
        var other = Pick(random, names.Places);
        var person = Pick(random, names.People);
        var organisation = Pick(random, names.Organisations);
        var year = published.Year;
        var text = new StringBuilder();
        text.Append("---\n")
            .Append("title: Forces to leave ").Append(place).Append(" as talks continue (").Append(index).Append(")\n")
            .Append("published: ").Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n')
            .Append("source: Wire ").Append(index % 17).Append('\n')
            .Append("---\n");
        text.Append("- The ").Append(organisation).Append(" announced ").Append(Weekdays[random.Next(Weekdays.Length)]).Append(".\n");
        text.Append("- Troops to leave ").Append(place).Append(" next week.\n");
        text.Append("The move is a step toward a wider drawdown from the region.\n");
        text.Append("At a briefing in ").Append(other).Append(", Gen. ").Append(person).Append(", a deputy commander of the ")
            .Append(organisation).Append(", ").Append(Verbs[random.Next(Verbs.Length)]).Append(" that the base will be handed to local units.\n");
        text.Append('“').Append(place).Append(" will be fully handed over within ").Append(random.Next(2, 9)).Append(" weeks,” ")
            .Append(person.Split(' ')[^1]).Append(" said.\n");
        text.Append("There are presently ").Append(random.Next(2, 90) * 100).Append(" soldiers in ").Append(other).Append(". ")
            .Append("A coalition of ").Append(Pick(random, names.Places)).Append(" and ").Append(Pick(random, names.Places))
            .Append(" was formed in ").Append(year - random.Next(3, 12)).Append(".\n");
        text.Append("What happens to ").Append(place).Append(" after the handover?\n");
        text.Append("The ").Append(year - 1).Append(" agreement outlines two phases: full exit from bases like ").Append(place)
            .Append(" by ").Append(Months[random.Next(12)]).Append(' ').Append(year + 1)
            .Append(", followed by an advisory presence through ").Append(year + 2).Append(" focused on training.\n");
        text.Append("Officials expect talks to resume on ").Append(random.Next(1, 28)).Append(' ').Append(Months[random.Next(12)])
            .Append(' ').Append(year).Append(", and a review no later than ").Append(Months[random.Next(12)]).Append(' ').Append(year + 1).Append(".\n");
        for (var filler = random.Next(2, 6); filler > 0; filler--)
        {
            text.Append("Analysts in ").Append(Pick(random, names.Places)).Append(" said the ").Append(Pick(random, names.Organisations))
                .Append(" would keep a small presence to advise local forces and share intelligence.\n");
        }

        return text.ToString();
    }

    private static string Place(Random random) => random.Next(3) == 0
        ? $"{Capital(Word(random, 1))} al-{Capital(Word(random, 2))}"
        : Capital(Word(random, 2 + random.Next(2)));

    private static string Person(Random random) => $"{Capital(Word(random, 2))} al-{Capital(Word(random, 3))}";

    private static string Word(Random random, int syllables) =>
        string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];
}
