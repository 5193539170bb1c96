using Bot.Core.Commands.Catalog;
using Bot.Core.Knowledge;

namespace Bot.Core.Questions;

/// <summary>What an answerer works from: the question, the passages found for it, the knowledge and the clock.</summary>
public sealed record QuestionContext(Question Question, Retrieval Retrieval, KnowledgeSnapshot Snapshot, StoryClock Clock)
{
    public IReadOnlyList<Passage> Passages => Retrieval.Passages;
}

/// <summary>Answers one kind of question, or returns null when the passages hold no answer of that kind (the search answer is given then).</summary>
public interface IQuestionAnswerer
{
    QuestionKind Kind { get; }

    Answers.Answer? Answer(QuestionContext context);
}
