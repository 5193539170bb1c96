using System.Diagnostics;
using System.Runtime;
using System.Security.Cryptography;
using System.Text;
using Bot.Benchmarks.Corpus;
using Bot.Core.Analysis;
using Bot.Core.Ingest;
using Bot.Core.Knowledge;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Bot.Benchmarks;

/// <summary>
/// The `latency` report's ingest (read 10,000 documents, then <see cref="KnowledgeBase.Load"/>) as the first work of a
/// fresh process, in process CPU time, GC collections and pauses, JIT time and allocations beside wall time, so runs
/// on a loaded machine compare; with <c>--analyse</c>, first analysis passes alone (the first, cold, against warm ones);
/// with <c>--fingerprint</c>, a hash of everything the search index holds, so a faster indexing shows it indexes the same.
/// `-- profile-ingest [--docs N] [--analyse] [--fingerprint]`
/// </summary>
public static class IngestProfile
{
    public static void Run(string[] args)
    {
        var documents = Array.IndexOf(args, "--docs") is var at and >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
        Console.WriteLine($"{Environment.ProcessorCount} cores, server GC {GCSettings.IsServerGC}, concurrent GC {AppContext.GetData("System.GC.Concurrent") ?? "default"}, latency mode {GCSettings.LatencyMode}, {documents:N0} documents");
        var raw = NewsCorpus.Documents(documents);
        var read = Measure("read", documents, () => raw.Select(d => SourceReader.Read(d.Content, d.FileName, d.FileName)).ToList());
        if (args.Contains("--analyse"))
        {
            // The cold pass against warm ones: in parallel as the load does it (the first one keeping its results, as the
            // load does), again, on one thread, and in parallel keeping them again.
            var kept = new DocumentAnalysis[read.Count];
            Measure("analyse, parallel, first", documents, () => Parallel.For(0, read.Count, i => kept[i] = DocumentAnalyzer.Analyze(read[i])));
            Measure("analyse, parallel, second", documents, () => Parallel.For(0, read.Count, i => DocumentAnalyzer.Analyze(read[i])));
            Measure("analyse, one thread", documents, () => read.ForEach(s => DocumentAnalyzer.Analyze(s)));
            Measure("analyse, parallel, kept", documents, () => Parallel.For(0, read.Count, i => kept[i] = DocumentAnalyzer.Analyze(read[i])));
        }

        using var knowledge = new KnowledgeBase();
        var threads = ThreadTimes();
        var load = Measure("load", documents, () => knowledge.Load(read));
        GC.KeepAlive(load);
        // Which threads the load's CPU time went to: on an idle machine the longest one bounds the wall time.
        foreach (var (name, ms) in ThreadTimes().Select(t => (t.Key, t.Value - threads.GetValueOrDefault(t.Key))).Where(t => t.Item2 >= 100).OrderByDescending(t => t.Item2))
        {
            Console.WriteLine($"  thread {name,-28} {ms,7:N0} ms CPU");
        }

        if (args.Contains("--fingerprint"))
        {
            Console.WriteLine($"search index fingerprint {knowledge.Search.Read(IndexFingerprint)}");
        }
    }

    /// <summary>
    /// Every term of every field with its documents and counts, every norm, key and stored source id, by document number
    /// across segments: the same for the same index however it is split into segments.
    /// </summary>
    private static string IndexFingerprint(IndexReader reader)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text) => hash.AppendData(Encoding.UTF8.GetBytes(text + "\n"));
        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields.OrderBy(f => f, StringComparer.Ordinal))
        {
            Add($"field {field}");
            var terms = fields.GetTerms(field).GetEnumerator();
            DocsEnum? docs = null;
            while (terms.MoveNext())
            {
                Add($"term {terms.Term.Utf8ToString()} {terms.DocFreq}");
                docs = terms.Docs(null, docs, DocsFlags.FREQS);
                var postings = new StringBuilder();
                while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    postings.Append(docs.DocID).Append(':').Append(docs.Freq).Append(' ');
                }

                Add(postings.ToString());
            }

            if (MultiDocValues.GetNormValues(reader, field) is { } norms)
            {
                Add($"norms {string.Join(' ', Enumerable.Range(0, reader.MaxDoc).Select(d => norms.Get(d)))}");
            }
        }

        var keys = MultiDocValues.GetNumericValues(reader, "key");
        Add($"keys {string.Join(' ', Enumerable.Range(0, reader.MaxDoc).Select(d => keys.Get(d)))}");
        Add($"sources {string.Join(' ', Enumerable.Range(0, reader.MaxDoc).Select(d => reader.Document(d).Get("source", System.Globalization.CultureInfo.InvariantCulture)))}");
        return $"{Convert.ToHexString(hash.GetHashAndReset())[..16]} ({reader.MaxDoc:N0} documents, {reader.Leaves.Count} segments)";
    }

    /// <summary>CPU milliseconds per thread of this process, by thread name and id (Linux: /proc/self/task).</summary>
    private static Dictionary<string, long> ThreadTimes()
    {
        var times = new Dictionary<string, long>(StringComparer.Ordinal);
        if (!Directory.Exists("/proc/self/task"))
        {
            return times;
        }

        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
                times[$"{File.ReadAllText(Path.Combine(task, "comm")).Trim()} {Path.GetFileName(task)}"] = ticks * 10;
            }
            catch (IOException)
            {
                // The thread ended while it was read.
            }
        }

        return times;
    }

    private static void Measure(string stage, int documents, Action run) => Measure(stage, documents, () =>
    {
        run();
        return 0;
    });

    private static T Measure<T>(string stage, int documents, Func<T> run)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var bytes = GC.GetTotalAllocatedBytes();
        var jit = JitInfo.GetCompilationTime();
        var methods = JitInfo.GetCompiledMethodCount();
        var pause = GC.GetTotalPauseDuration();
        int[] collections = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var watch = Stopwatch.StartNew();
        var result = run();
        watch.Stop();
        var spent = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(
            $"{stage,-26} {documents / watch.Elapsed.TotalSeconds,8:N0} docs/s wall, {watch.Elapsed.TotalMilliseconds,7:N0} ms wall, {spent.TotalMilliseconds,7:N0} ms CPU ({spent.TotalMicroseconds / documents:N0} µs/doc); " +
            $"GC {GC.CollectionCount(0) - collections[0]}/{GC.CollectionCount(1) - collections[1]}/{GC.CollectionCount(2) - collections[2]} (gen0/1/2), pauses {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:N0} ms; " +
            $"allocated {(GC.GetTotalAllocatedBytes() - bytes) / 1048576.0:N0} MB; JIT {(JitInfo.GetCompilationTime() - jit).TotalMilliseconds:N0} ms, {JitInfo.GetCompiledMethodCount() - methods} methods; heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576.0:N0} MB");
        return result;
    }
}
