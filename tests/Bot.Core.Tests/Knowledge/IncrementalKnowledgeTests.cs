using System.Globalization;
using System.Text;
using Bot.Core.Analysis;

namespace Bot.Core.Tests.Knowledge;

/// <summary>Adding and removing sources one at a time must give exactly what building from scratch gives.</summary>
public sealed class IncrementalKnowledgeTests
{
    private static readonly Source Seed = Seeds.Read().Single();

    // Introduces "JOC" after the seed named the Joint Operations Command: the acronym must fold into that topic.
    private static readonly Source Acronym = Seeds.Report("JOC confirms the handover of Ain al-Asad", "2026-01-06",
        "The JOC said on Tuesday that Ain al-Asad was handed to Iraqi units. JOC officials will review the move by March 2026.");

    // Mentions only the surname and a demonym, so it relies on other sources for its topics.
    private static readonly Source Surname = Seeds.Report("Mohammadi visits Anbar", "2026-01-08",
        "Mohammadi toured Anbar on Thursday. Iraqi commanders will meet again next month.");

    private static readonly Source Unrelated = Seeds.Report("Port reopens", "2025-06-02",
        "The port of Valona will reopen by the end of June, the harbour authority said on Monday.");

    // "Darrow" alone is whichever Darrow the sources name most: Anna here, Ben once the next report names him more.
    private static readonly Source AnnaDarrow = Seeds.Report("Harbour council plans the dredging", "2026-02-02",
        "Anna Darrow leads the harbour council. Darrow said on Monday that the dredging contract will be signed by March 2026. "
        + "The dredging comes in two phases. Phase one, led by Darrow, ends by June 2026. Phase two ends by December 2026.");

    private static readonly Source BenDarrow = Seeds.Report("Port director Ben Darrow signs", "2026-02-16",
        "Ben Darrow signed the dredging contract on Friday. Ben Darrow said the work would start by April 2026. "
        + "The council said the dredging contract signing was moved from March 2026 to February 2026. Darrow said phase one would now end by July 2026.");

    private static readonly Source HarbourOpening = Seeds.Report("Harbour council reopens the quay", "2026-01-12",
        "Darrow said on Monday that the quay will reopen by February 2026. The dredging contract will be signed by March 2026, the council said.");

    // "Lomgor" is a topic of its own until a report names "Ram al-Lomgor": then it is that name's alias, and the
    // topic takes the longer name's slug. No name goes to a topic that already existed: a renaming.
    private static readonly Source LomgorDepot = Seeds.Report("Lomgor depot to close", "2026-01-05",
        "Officials in Lomgor said on Monday that the depot will close by March 2026. "
        + "The handover of the depot comes in two phases. Phase one ends by February 2026 in Lomgor.");

    private static readonly Source LomgorDelay = Seeds.Report("Depot closure delayed", "2026-01-12",
        "The council in Lomgor said the depot closure was moved from March 2026 to April 2026. "
        + "Phase two of the handover ends by May 2026 in Lomgor.");

    private static readonly Source RamAlLomgor = Seeds.Report("Governor visits the depot", "2026-01-20",
        "The governor, Ram al-Lomgor, said on Tuesday that the depot will close by April 2026. "
        + "Ram al-Lomgor said the first phase of the handover ends by February 2026.");

    // Written in a month between the others, so it slips in among the reports already folded.
    private static readonly Source LomgorAudit = Seeds.Report("Audit of the depot", "2026-01-15",
        "Auditors in Lomgor said on Thursday that the depot audit will end by June 2026.");

    // Says again what the depot report said, a month later: it lands between the reports already folded.
    private static readonly Source LomgorDepotAgain = Seeds.Report("Depot closure on course", "2026-02-02",
        "Officials in Lomgor said on Monday that the depot will close by March 2026.");

    // "NTA" alone and "Harbour Transit Office" are two topics until a report writes "Harbour Transit Office (NTA)".
    private static readonly Source NtaLanes = Seeds.Report("Bus lanes for the port", "2026-03-02",
        "The NTA said on Monday that the new bus lanes will open by June 2026. The NTA will review the fares by July 2026.");

    private static readonly Source HarbourOffice = Seeds.Report("Ferry timetable", "2026-03-04",
        "The Harbour Transit Office said on Wednesday that the ferry timetable will change by June 2026.");

    private static readonly Source NtaExplained = Seeds.Report("Fares to rise", "2026-03-09",
        "The Harbour Transit Office (NTA) said on Monday that the fare review will end by July 2026.");

    private static string SlugOf(KnowledgeSnapshot snapshot, string name) => Assert.IsType<TopicMatch.Found>(snapshot.TopicIndex.Find(name)).Topic.Slug;

    /// <summary>An item by its id and what it holds, so that an index still pointing at an item's older copy shows.</summary>
    private static string Describe(StoryItem? item) => item is null ? "-" : $"{item.Id}/{item.States.Count}/{item.Mentions.Count}";

    private static string Dump(KnowledgeSnapshot snapshot)
    {
        var text = new StringBuilder();
        foreach (var topic in snapshot.Topics.OrderBy(t => t.Slug, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"topic {topic.Slug} {topic.Name} {topic.Kind} {topic.Mentions} [{string.Join(",", topic.Aliases)}]\n");
        }

        foreach (var e in snapshot.Events)
        {
            text.Append(CultureInfo.InvariantCulture, $"event {e.Due} {e.Period.Granularity} {e.Role} {e.Origin.Source.Id}:{e.Origin.Sentence.Index} [{string.Join(",", e.TopicSlugs)}]\n");
        }

        foreach (var (slug, sentences) in snapshot.SentencesByTopic.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"sentences {slug} {string.Join(",", sentences.Select(s => $"{s.Source.Id}:{s.Sentence.Index}"))}\n");
        }

        foreach (var (slug, events) in snapshot.EventsByTopic.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"events {slug} {string.Join(",", events.Select(e => $"{e.Origin.Source.Id}:{e.Origin.Sentence.Index}:{e.Due}"))}\n");
        }

        // The topics of each state's date and of each mention too: a renamed topic must reach the dates items keep.
        foreach (var item in snapshot.Items)
        {
            text.Append(CultureInfo.InvariantCulture, $"item [{string.Join(",", item.Topics.Order(StringComparer.Ordinal))}] {string.Join(" > ", item.States.Select(s => $"{s.Change} {s.Date?.Key} [{string.Join(",", s.Date?.TopicSlugs ?? [])}] {s.Origin.Source.Id}:{s.Origin.Sentence.Index}"))}"
                + $" mentions {string.Join(",", item.Mentions.Select(m => $"{m.Key}[{string.Join(",", m.TopicSlugs)}]"))}\n");
        }

        foreach (var e in snapshot.Events)
        {
            text.Append(CultureInfo.InvariantCulture, $"item-of {e.Origin.Source.Id}:{e.Origin.Sentence.Index}:{e.Due} {Describe(snapshot.ItemOf(e))}\n");
        }

        foreach (var (slug, items) in snapshot.ItemsByTopic.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"items {slug} {string.Join(",", items.Select(Describe))}\n");
        }

        foreach (var (id, items) in snapshot.ItemsBySource.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"items-from {id} {string.Join(",", items.Select(Describe))}\n");
        }

        foreach (var plan in snapshot.Plans)
        {
            text.Append(CultureInfo.InvariantCulture, $"plan {plan.Key} [{string.Join(",", plan.Topics.Order(StringComparer.Ordinal))}] {string.Join(",", plan.Announcements.Select(a => $"{a.Origin.Source.Id}:{a.Origin.Sentence.Index}"))} {string.Join(",", plan.Notes.Select(n => $"{n.Mention.Number}@{n.Origin.Source.Id}:{n.Origin.Sentence.Index}"))}\n");
        }

        foreach (var (slug, sources) in snapshot.SourcesByLeadTopic.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            text.Append(CultureInfo.InvariantCulture, $"lead {slug} {string.Join(",", sources.Order(StringComparer.Ordinal))}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"sources {string.Join(",", snapshot.Sources.Select(s => s.Id))}\n");
        return text.ToString();
    }

    private static string FromScratch(params Source[] sources) => Dump(KnowledgeBuilder.Build(sources.Select(DocumentAnalyzer.Analyze)));

    /// <summary>What <paramref name="knowledge"/> holds now must be exactly what building from <paramref name="sources"/> gives.</summary>
    private static void AssertAsFromScratch(KnowledgeBase knowledge, params Source[] sources) => Assert.Equal(FromScratch(sources), Dump(knowledge.Current));

    public static TheoryData<int[]> Orders => new() { new[] { 0, 1, 2, 3 }, new[] { 3, 2, 1, 0 }, new[] { 1, 0, 3, 2 }, new[] { 2, 3, 0, 1 } };

    [Theory]
    [MemberData(nameof(Orders))]
    public void Adding_sources_one_at_a_time_in_any_order_equals_building_from_scratch(int[] order)
    {
        Source[] all = [Seed, Acronym, Surname, Unrelated];
        using var knowledge = new KnowledgeBase();

        foreach (var index in order)
        {
            knowledge.Add(all[index]);
        }

        AssertAsFromScratch(knowledge, all);
    }

    [Fact]
    public void A_newer_report_leaves_the_snapshots_already_taken_as_they_were()
    {
        using var knowledge = Seeds.KnowledgeOf(Unrelated, Seed);
        var before = knowledge.Current;
        var dumped = Dump(before);

        knowledge.Add(Acronym);
        knowledge.Add(Surname);

        Assert.Equal(dumped, Dump(before));
        AssertAsFromScratch(knowledge, Unrelated, Seed, Acronym, Surname);
    }

    [Fact]
    public void Removing_a_source_equals_never_having_added_it()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed, Acronym, Surname, Unrelated);

        knowledge.Remove(Acronym.Id);

        AssertAsFromScratch(knowledge, Seed, Surname, Unrelated);
    }

    [Fact]
    public void A_newer_report_that_gives_other_reports_names_to_another_topic_equals_building_from_scratch()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed, HarbourOpening, AnnaDarrow);
        Assert.Equal("anna-darrow", SlugOf(knowledge.Current, "Darrow"));

        knowledge.Add(BenDarrow);

        Assert.Equal("ben-darrow", SlugOf(knowledge.Current, "Darrow"));
        AssertAsFromScratch(knowledge, Seed, HarbourOpening, AnnaDarrow, BenDarrow);
    }

    [Fact]
    public void Removing_the_report_that_moved_a_name_to_another_topic_equals_never_having_added_it()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed, HarbourOpening, AnnaDarrow, BenDarrow);

        knowledge.Remove(BenDarrow.Id);

        Assert.Equal("anna-darrow", SlugOf(knowledge.Current, "Darrow"));
        AssertAsFromScratch(knowledge, Seed, HarbourOpening, AnnaDarrow);
    }

    [Fact]
    public void An_older_report_added_after_newer_ones_equals_building_from_scratch()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed, AnnaDarrow, BenDarrow);

        knowledge.Add(HarbourOpening);

        AssertAsFromScratch(knowledge, Seed, HarbourOpening, AnnaDarrow, BenDarrow);
    }

    [Fact]
    public void Changes_one_after_another_each_equal_building_from_scratch()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed, AnnaDarrow);

        knowledge.Add(BenDarrow);
        AssertAsFromScratch(knowledge, Seed, AnnaDarrow, BenDarrow);
        knowledge.Add(HarbourOpening);
        AssertAsFromScratch(knowledge, Seed, AnnaDarrow, BenDarrow, HarbourOpening);
        knowledge.Remove(AnnaDarrow.Id);
        AssertAsFromScratch(knowledge, Seed, BenDarrow, HarbourOpening);
        knowledge.Remove(BenDarrow.Id);
        AssertAsFromScratch(knowledge, Seed, HarbourOpening);
    }

    [Fact]
    public void A_longer_name_that_renames_a_topic_equals_building_from_scratch_and_leaves_older_snapshots_alone()
    {
        using var knowledge = Seeds.KnowledgeOf(LomgorDepot, LomgorDelay);
        var before = knowledge.Current;
        var dumped = Dump(before);
        Assert.Equal("lomgor", SlugOf(before, "Lomgor"));

        knowledge.Add(RamAlLomgor);

        Assert.Equal("ram-al-lomgor", SlugOf(knowledge.Current, "Lomgor"));
        AssertAsFromScratch(knowledge, LomgorDepot, LomgorDelay, RamAlLomgor);
        Assert.Equal(dumped, Dump(before));
    }

    [Fact]
    public void After_a_renaming_an_older_report_and_removals_each_equal_building_from_scratch()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed, LomgorDepot, LomgorDelay);

        knowledge.Add(RamAlLomgor);
        knowledge.Add(LomgorAudit);
        AssertAsFromScratch(knowledge, Seed, LomgorDepot, LomgorDelay, RamAlLomgor, LomgorAudit);

        // The topic takes its old slug back: a renaming again.
        knowledge.Remove(RamAlLomgor.Id);
        Assert.Equal("lomgor", SlugOf(knowledge.Current, "Lomgor"));
        AssertAsFromScratch(knowledge, Seed, LomgorDepot, LomgorDelay, LomgorAudit);

        knowledge.Add(RamAlLomgor);
        knowledge.Remove(LomgorDepot.Id);
        AssertAsFromScratch(knowledge, Seed, LomgorDelay, RamAlLomgor, LomgorAudit);
    }

    [Fact]
    public void An_older_report_folded_in_between_keeps_the_later_items_it_does_not_change_and_equals_building_from_scratch()
    {
        using var knowledge = Seeds.KnowledgeOf(LomgorDepot, NtaLanes);
        var later = knowledge.Current.ItemsBySource[NtaLanes.Id].ToList();
        var depot = Assert.Single(knowledge.Current.ItemsBySource[LomgorDepot.Id], i => i.Topics.Contains("lomgor") && i.States[0].Date?.Period.Describe() == "March 2026");

        knowledge.Add(LomgorDepotAgain);

        // The fold read the bus-lane report again after the new one: the same items, so the same objects.
        Assert.Equal(later, knowledge.Current.ItemsBySource[NtaLanes.Id], ReferenceEqualityComparer.Instance);
        Assert.Equal(2, knowledge.Current.Items[depot.Id].States.Count);
        AssertAsFromScratch(knowledge, LomgorDepot, NtaLanes, LomgorDepotAgain);
    }

    [Fact]
    public void An_acronym_that_joins_two_topics_into_one_equals_building_from_scratch()
    {
        using var knowledge = Seeds.KnowledgeOf(NtaLanes, HarbourOffice);
        Assert.Equal("nta", SlugOf(knowledge.Current, "NTA"));

        knowledge.Add(NtaExplained);

        Assert.Equal("harbour-transit-office", SlugOf(knowledge.Current, "NTA"));
        AssertAsFromScratch(knowledge, NtaLanes, HarbourOffice, NtaExplained);
        knowledge.Remove(NtaExplained.Id);
        AssertAsFromScratch(knowledge, NtaLanes, HarbourOffice);
    }

    [Fact]
    public void A_full_name_that_gives_an_acronym_topic_its_slug_equals_building_from_scratch()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed, NtaLanes);

        knowledge.Add(NtaExplained);

        Assert.Equal("harbour-transit-office", SlugOf(knowledge.Current, "NTA"));
        AssertAsFromScratch(knowledge, Seed, NtaLanes, NtaExplained);
    }

    [Fact]
    public void A_renaming_that_reaches_further_back_than_the_journal_keeps_the_fold_and_equals_building_from_scratch()
    {
        // More dated reports about Lomgor than the fold's journal keeps, so re-reading the first would fold everything again.
        var reports = Enumerable.Range(0, FoldJournal.Kept + 20).Select(i => Seeds.Report(
            $"Road works {i}", $"{new DateOnly(2020, 1, 1).AddDays(i):yyyy-MM-dd}",
            $"Officials in Lomgor said road {i} will reopen by {new DateOnly(2026, 1, 1).AddMonths(i % 12):MMMM yyyy}.")).ToList();
        using var knowledge = Seeds.KnowledgeOf(reports);
        var fold = knowledge.Current.ItemFold;

        knowledge.Add(RamAlLomgor);

        Assert.Equal("ram-al-lomgor", SlugOf(knowledge.Current, "Lomgor"));
        Assert.Same(fold, knowledge.Current.ItemFold);
        AssertAsFromScratch(knowledge, [.. reports, RamAlLomgor]);
    }

    [Fact]
    public void An_acronym_in_a_new_source_folds_into_the_topic_the_older_source_named_in_full()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed);

        var change = knowledge.Add(Acronym);

        var topic = Assert.IsType<TopicMatch.Found>(knowledge.Current.TopicIndex.Find("JOC")).Topic;
        Assert.Equal("joint-operations-command", topic.Slug);
        Assert.DoesNotContain(change.NewTopics, t => t.Slug == "joc");
        Assert.Contains(change.NewEvents, e => e.Period.Describe() == "March 2026" && e.Role == Bot.Core.Analysis.Time.TemporalRole.By);
        Assert.Contains(change.NewDeadlines, e => e.Period.Describe() == "March 2026");
    }

    [Fact]
    public void The_same_text_added_twice_changes_nothing_the_second_time()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed);
        var before = Dump(knowledge.Current);

        var change = knowledge.Add(SourceReader.Read(File.ReadAllText(Directory.GetFiles(Seeds.Folder).Single()), "copy.txt", "copy.txt"));

        Assert.True(change.IsEmpty);
        Assert.Equal(before, Dump(knowledge.Current));
    }

    [Fact]
    public void A_removed_source_no_longer_answers_searches()
    {
        using var knowledge = Seeds.KnowledgeOf(Seed, Unrelated);
        Assert.NotEmpty(knowledge.Search.Search("harbour authority", 5));

        knowledge.Remove(Unrelated.Id);

        Assert.Empty(knowledge.Search.Search("harbour authority", 5));
        Assert.NotEmpty(knowledge.Search.Search("Mohammadi", 5));
    }
}
