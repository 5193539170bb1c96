using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>
/// Answers a free question: reads its kind, finds the passages, and lets the answerer of that kind lead with the
/// answer (the search answer when it has none). When the best passages cover too little of the question, the answer
/// is one honest line with the closest topics instead of weak quotes.
/// </summary>
public sealed class QuestionAnswering(KnowledgeBase knowledge, PassageRetriever retriever, StoryClock clock, IEnumerable<IQuestionAnswerer> answerers)
{
    /// <summary>
    /// Below this share of the question's weight in the best passages, nothing answers it. Calibrated on the
    /// question evaluation (answerable questions reach 0.5 and more; questions about what the sources never
    /// mention stay under 0.3).
    /// </summary>
    public const double MissBelow = 0.25;

    private const int MaxTopicsOffered = 3;

    private readonly Dictionary<QuestionKind, IQuestionAnswerer> _answerers = answerers.ToDictionary(a => a.Kind);

    /// <summary>Every answerer, over one knowledge base: the one list of question kinds the bot answers.</summary>
    public static QuestionAnswering Over(KnowledgeBase knowledge, StoryClock clock, IPassageEmbeddings? embeddings = null)
    {
        var vocabulary = new QuestionVocabulary(knowledge.Search);
        return new QuestionAnswering(knowledge, new PassageRetriever(knowledge, vocabulary, embeddings), clock,
        [
            new WhenAnswerer(),
            new QuantityAnswerer(knowledge.Search, vocabulary),
            new ReasonAnswerer(),
            new PersonAnswerer(vocabulary),
            new PlaceAnswerer(),
            new StatusAnswerer(),
            new NextAnswerer(),
            new PhasesAnswerer(),
            new ChangesAnswerer(),
            new ConditionalAnswerer(),
            new SearchAnswerer(),
        ]);
    }

    public bool CanSearch(string text) => knowledge.Search.Terms(text).Count > 0 || QuestionClassifier.Classify(text).Kind is QuestionKind.Next or QuestionKind.Phases or QuestionKind.Changes;

    public Answer Answer(string text, RetrievalMode mode = RetrievalMode.Hybrid)
    {
        var question = QuestionClassifier.Classify(text);
        var snapshot = knowledge.Current;
        var retrieval = retriever.Retrieve(text, clock.Today, mode);
        var context = new QuestionContext(question, retrieval, snapshot, clock);
        if (question.Kind == QuestionKind.Next)
        {
            return _answerers[QuestionKind.Next].Answer(context)!;
        }

        // The story model answers "what are the phases?" and "what changed since …?" however few of the question's words the passages share.
        if (question.Kind is QuestionKind.Phases or QuestionKind.Changes && _answerers[question.Kind].Answer(context) is { } modelled)
        {
            return modelled;
        }

        // A condition is rarely worded as the question words it ("doesn't work either" for "is lost as well"), so a
        // conditional question needs half the weight, and a sentence that states a condition.
        if (question.Kind == QuestionKind.Conditional && retrieval.Passages.Count > 0 && retrieval.Coverage >= MissBelow / 2 && _answerers[question.Kind].Answer(context) is { } conditional)
        {
            return conditional;
        }

        if (retrieval.Passages.Count == 0 || retrieval.Coverage < MissBelow)
        {
            return Miss(snapshot, retrieval);
        }

        // A conditional question's answerer was asked above, with less weight needed; it found no sentence that states a condition.
        var typed = question.Kind == QuestionKind.Conditional ? null : _answerers.GetValueOrDefault(question.Kind)?.Answer(context);
        return typed
            // "How long ...?" where the text gives no span: the date it runs until says the most there is.
            ?? (question.AsksForDuration && question.Kind != QuestionKind.When ? _answerers[QuestionKind.When].Answer(context) : null)
            ?? _answerers[QuestionKind.Search].Answer(context)!;
    }

    private static Answer Miss(KnowledgeSnapshot snapshot, Retrieval retrieval)
    {
        var closest = retrieval.NamedTopics
            .Concat(retrieval.Passages.Take(5).SelectMany(p => snapshot.Views.GetValueOrDefault(p.SourceId)?.TopicsBySentence.GetValueOrDefault(p.Sentence.Sentence.Index) ?? []).Select(snapshot.TopicBySlug).OfType<Topic>())
            .Concat(snapshot.Topics)
            .Distinct()
            .Take(MaxTopicsOffered)
            .ToList();
        var offer = closest.Count == 0 ? " Try /topics or /timeline." : $" Closest topics: {string.Join(", ", closest.Select(t => t.Name))}.";
        return Answers.Answer.Short("I found nothing in the sources that answers that." + offer) with
        {
            Buttons = [.. closest.Select(t => new AnswerButton(t.Name, $"/status {t.Slug}"))],
        };
    }
}
