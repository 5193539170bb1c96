using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Bot.Benchmarks.Corpus;
using Bot.Core.Analysis;
using Bot.Core.Analysis.Time;
using Bot.Core.Knowledge;

namespace Bot.Benchmarks;

/// <summary>
/// What analysis costs per document, stage by stage, in process CPU time and allocated bytes (comparable on a loaded
/// machine, unlike wall time), over a warm pass of <c>NewsCorpus.Sources(2000)</c>; and a fingerprint of every
/// result, so a speed-up can show it changed none; with <c>--load</c>, first the share analysis has in loading 10,000
/// documents (analysis in parallel as <see cref="KnowledgeBase.Load"/> does it, then the whole load).
/// `-- profile-analysis [--docs N] [--dump FILE] [--load]`
/// </summary>
public static class AnalysisProfile
{
    public static void Run(string[] args)
    {
        if (args.Contains("--load"))
        {
            Load();
        }

        var count = Option(args, "--docs") is { } docs ? int.Parse(docs, System.Globalization.CultureInfo.InvariantCulture) : 2000;
        var sources = NewsCorpus.Sources(count);
        var analyses = sources.Select(DocumentAnalyzer.Analyze).ToList();
        var fingerprint = Fingerprint(analyses);
        Console.WriteLine($"{count} documents, {analyses.Sum(a => a.Sentences.Count)} sentences, results fingerprint {fingerprint[..16]}");
        if (Option(args, "--dump") is { } path)
        {
            File.WriteAllText(path, Dump(analyses));
        }

        var sentences = analyses.SelectMany(a => a.Sentences.Select(x => (a.Source.Published, x.Text))).ToList();
        for (var round = 0; round < 3; round++)
        {
            Console.WriteLine($"round {round + 1} (µs CPU and KB allocated per document):");
            Measure("analyse (all)", count, () =>
            {
                foreach (var s in sources)
                {
                    DocumentAnalyzer.Analyze(s);
                }
            });
            Measure("  split", count, () =>
            {
                foreach (var s in sources)
                {
                    SentenceSplitter.Split(s.Text);
                }
            });
            Measure("  tag", count, () =>
            {
                foreach (var (published, text) in sentences)
                {
                    TemporalTagger.Tag(text, published);
                }
            });
            Measure("  topics", count, () =>
            {
                foreach (var a in analyses)
                {
                    TopicExtractor.Extract(a.Sentences);
                }
            });
            Measure("  phases", count, () =>
            {
                foreach (var a in analyses)
                {
                    foreach (var x in a.Sentences)
                    {
                        PhaseExtractor.Read(x, []);
                    }
                }
            });
            Measure("  clauses", count, () =>
            {
                foreach (var a in analyses)
                {
                    foreach (var statement in a.Statements)
                    {
                        ClauseFinder.Around(a.Sentences[statement.SentenceIndex].Text, statement.Mention.Start, statement.Mention.Length);
                    }
                }
            });
        }
    }

    private static void Load()
    {
        var sources = NewsCorpus.Sources(10_000);
        for (var round = 0; round < 2; round++)
        {
            Console.WriteLine($"round {round + 1}, 10,000 documents (µs in all, KB in all):");
            Measure("analyse, parallel", 1, () => Parallel.For(0, sources.Count, i => DocumentAnalyzer.Analyze(sources[i])));
            Measure("whole load", 1, () =>
            {
                using var knowledge = new KnowledgeBase();
                knowledge.Load(sources);
            });
        }
    }

    private static void Measure(string stage, int documents, Action run)
    {
        GC.Collect();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var bytes = GC.GetAllocatedBytesForCurrentThread();
        var jit = System.Runtime.JitInfo.GetCompilationTime();
        var methods = System.Runtime.JitInfo.GetCompiledMethodCount();
        var watch = Stopwatch.StartNew();
        run();
        watch.Stop();
        jit = System.Runtime.JitInfo.GetCompilationTime() - jit;
        methods = System.Runtime.JitInfo.GetCompiledMethodCount() - methods;
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var allocated = GC.GetAllocatedBytesForCurrentThread() - bytes;
        Console.WriteLine($"{stage,-16} {spent.TotalMicroseconds / documents,8:0.0} µs CPU {watch.Elapsed.TotalMicroseconds / documents,8:0.0} µs wall {allocated / 1024.0 / documents,8:0.0} KB; JIT {jit.TotalMilliseconds:0} ms, {methods} methods");
    }

    private static string Fingerprint(IEnumerable<DocumentAnalysis> analyses) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Dump(analyses))));

    /// <summary>Every result analysis gives, one line each, in a stable order.</summary>
    private static string Dump(IEnumerable<DocumentAnalysis> analyses)
    {
        var text = new StringBuilder();
        foreach (var a in analyses)
        {
            text.Append("# ").AppendLine(a.Source.Id);
            foreach (var sentence in a.Sentences)
            {
                text.Append("S ").Append(sentence).AppendLine();
            }

            Lines(text, "T", a.Topics);
            Lines(text, "H", a.TitleTopics);
            Lines(text, "D", a.Statements);
            Lines(text, "P", a.Plans);
            Lines(text, "F", a.Phases);
            Lines(text, "U", a.Updates);
            text.Append("R ").AppendJoin(',', a.RefersBack.Order()).Append(" unresolved ").Append(a.UnresolvedDates).AppendLine();
        }

        return text.ToString();
    }

    private static void Lines<T>(StringBuilder text, string tag, IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            text.Append(tag).Append(' ').Append(item).AppendLine();
        }
    }

    private static string? Option(string[] args, string name) =>
        Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}
