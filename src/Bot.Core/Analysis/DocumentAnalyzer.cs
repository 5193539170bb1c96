using Bot.Core.Analysis.Time;
using Bot.Core.Ingest;

namespace Bot.Core.Analysis;

/// <summary>Source in, sentences, names, dated statements and phases out. Pure: no clock, no I/O.</summary>
public static class DocumentAnalyzer
{
    /// <summary>The sentence index title mentions carry: they belong to no sentence of the body.</summary>
    public const int TitleSentenceIndex = -1;

    public static DocumentAnalysis Analyze(Source source)
    {
        var sentences = SentenceSplitter.Split(source.Text);
        var statements = new List<DatedStatement>();
        var plans = new List<PhasePlan>();
        var unresolved = 0;
        // Each sentence is read against the publication date and the last date the sentence before it named, so that
        // "a month later" or "the following week" follows the story.
        var context = new TemporalContext(source.Published) { NumericOrder = TemporalTagger.NumericOrderOf(source.Text) };
        foreach (var sentence in sentences)
        {
            var mentions = TemporalTagger.Tag(sentence.Text, context);
            DatePeriod? last = null;
            foreach (var mention in mentions)
            {
                if (mention.Period is not { } period)
                {
                    unresolved++;
                    continue;
                }

                last = period;
                statements.Add(new DatedStatement(sentence.Index, mention, ClauseFinder.Around(sentence.Text, mention.Start, mention.Length)));
            }

            context = context with { Antecedent = last };

            if (PhaseExtractor.TryExtract(sentence, mentions) is { } plan)
            {
                plans.Add(plan);
            }
        }

        return new DocumentAnalysis(source, sentences, TopicExtractor.Extract(sentences), statements, plans)
        {
            TitleTopics = TopicExtractor.Extract([new TextSentence(TitleSentenceIndex, -1, source.Title)]),
            UnresolvedDates = unresolved,
        };
    }
}
