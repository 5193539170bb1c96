using System.Diagnostics;
using Bot.Benchmarks.Corpus;
using Bot.Core.Analysis;
using Bot.Core.Knowledge;
using Bot.Core.Search;

namespace Bot.Benchmarks;

/// <summary>Where loading a story spends its time: analysis, search indexing, the snapshot. `-- profile-load`</summary>
public static class LoadProfile
{
    public static void Run()
    {
        var sources = NewsCorpus.Sources(10_000);
        var watch = Stopwatch.StartNew();
        var analyses = sources.Select(DocumentAnalyzer.Analyze).ToList();
        Console.WriteLine($"analyse (1 thread): {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var s in sources.Take(2000)) { DocumentAnalyzer.Analyze(s); }
        Console.WriteLine($"  analyse x2000 (warm): {watch.ElapsedMilliseconds} ms");
        var statements = analyses.Take(2000).SelectMany(a => a.Statements.Select(x => a.Sentences[x.SentenceIndex].Text)).ToList();
        watch.Restart();
        foreach (var text in statements) { ClauseFinder.Around(text, 5, 4); }
        Console.WriteLine($"  clauses x2000 docs ({statements.Count}): {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var a in analyses.Take(2000)) { foreach (var x in a.Sentences) { PhaseExtractor.TryExtract(x, []); } }
        Console.WriteLine($"  phases x2000 docs: {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var s in sources.Take(2000)) { Bot.Core.Analysis.SentenceSplitter.Split(s.Text); }
        Console.WriteLine($"  split x2000: {watch.ElapsedMilliseconds} ms");
        var sentences = analyses.Take(2000).SelectMany(a => a.Sentences.Select(x => (a.Source, x))).ToList();
        watch.Restart();
        foreach (var (s, x) in sentences) { Bot.Core.Analysis.Time.TemporalTagger.Tag(x.Text, s.Published); }
        Console.WriteLine($"  tag x2000 docs: {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        foreach (var a in analyses.Take(2000)) { TopicExtractor.Extract(a.Sentences); }
        Console.WriteLine($"  topics x2000 docs: {watch.ElapsedMilliseconds} ms");
        watch.Restart();
        using (var index = new SentenceSearchIndex())
        {
            foreach (var a in analyses) { index.Add(a); }
            index.Refresh();
            Console.WriteLine($"index: {watch.ElapsedMilliseconds} ms");
        }

        watch.Restart();
        var snapshot = KnowledgeBuilder.Build(analyses);
        Console.WriteLine($"snapshot: {watch.ElapsedMilliseconds} ms ({snapshot.Topics.Count} topics)");
        // One 20 KB article added to the loaded story, stage by stage, as KnowledgeBase.Apply does it.
        var article = string.Join("\n", NewsCorpus.Documents(60, seed: 7).Select(d => d.Content.Split("---\n", 3)[^1]));
        var added = Bot.Core.Ingest.SourceReader.Read("---\ntitle: Added\npublished: 2026-01-02\n---\n" + article[..20_480], "added.md", "chat");
        using var knowledge = new KnowledgeBase();
        knowledge.Load(sources);
        for (var round = 0; round < 3; round++)
        {
            watch.Restart();
            var analysis = DocumentAnalyzer.Analyze(added with { Id = added.Id + round });
            var analyse = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            knowledge.Search.Add(analysis);
            knowledge.Search.Refresh();
            var index = watch.Elapsed.TotalMilliseconds;
            var all = new Dictionary<string, NameTally>(StringComparer.Ordinal);
            foreach (var a in knowledge.Current.Analyses.Values.Append(analysis)) { KnowledgeBuilder.Tally(all, a, +1); }
            watch.Restart();
            var (topicList, slugs) = TopicMerger.Merge(all);
            var merge = watch.Elapsed.TotalMilliseconds;
            var before = new Dictionary<string, NameTally>(StringComparer.Ordinal);
            foreach (var a in knowledge.Current.Analyses.Values) { KnowledgeBuilder.Tally(before, a, +1); }
            var (_, oldSlugs) = TopicMerger.Merge(before);
            var changedNames = slugs.Where(p => !oldSlugs.TryGetValue(p.Key, out var o) || o != p.Value).Select(p => p.Key).ToHashSet();
            var touched = knowledge.Current.Analyses.Values.Count(a => SourceView.NamesOf(a).Any(changedNames.Contains));
            Console.WriteLine($"  names whose topic changed: {changedNames.Count} ({string.Join(", ", changedNames.Take(5))}), sources re-viewed: {touched}");
            var views = knowledge.Current.Views.ToDictionary(p => p.Key, p => p.Value);
            watch.Restart();
            views[analysis.Source.Id] = KnowledgeBuilder.View(analysis, slugs);
            var view = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            KnowledgeBuilder.Assemble(knowledge.Current, views, [analysis.Source.Id], topicList);
            var assemble = watch.Elapsed.TotalMilliseconds;
            watch.Restart();
            knowledge.Add(added with { Id = added.Id + "x" + round });
            var whole = watch.Elapsed.TotalMilliseconds;
            knowledge.Remove(added.Id + "x" + round);
            Console.WriteLine($"add 20 KB: analyse {analyse:N0} ms, index {index:N0} ms, merge {merge:N0} ms, view {view:N0} ms, assemble {assemble:N0} ms; KnowledgeBase.Add {whole:N0} ms");
        }

        watch.Restart();
        var tallies = new Dictionary<string, NameTally>(StringComparer.Ordinal);
        foreach (var a in analyses) { KnowledgeBuilder.Tally(tallies, a, +1); }
        TopicMerger.Merge(tallies);
        Console.WriteLine($"  merge topics: {watch.ElapsedMilliseconds} ms");
    }
}
