using Bot.Core.Answers;
using Bot.Core.Commands.Catalog;

namespace Bot.Core.Questions;

/// <summary>
/// "What are the phases?", "what are the steps of the plan?": the plans /phases lists, for the topic the question
/// names (every plan if it names none, or none of its plans has phases), each phase with its dates and status and the
/// sentences behind it. Null when the story lays out no phases: the search answer is given then.
/// </summary>
public sealed class PhasesAnswerer : IQuestionAnswerer
{
    public QuestionKind Kind => QuestionKind.Phases;

    public Answer? Answer(QuestionContext context)
    {
        var today = context.Clock.Today;
        foreach (var topic in context.Retrieval.NamedTopics)
        {
            if (PhaseList.Plans(context.Snapshot, today, topic) is { Count: > 0 } named)
            {
                return Answered(named, context, topic);
            }
        }

        var plans = PhaseList.Plans(context.Snapshot, today, null);
        return plans.Count == 0 ? null : Answered(plans, context, null);
    }

    // The list /phases gives, led by the newest plan's phases in one line.
    private static Answer Answered(List<Knowledge.PlanView> plans, QuestionContext context, Knowledge.Topic? topic) =>
        PhaseList.Answer(plans, context.Clock, topic, PhasesCommand.Definition.Name) with { Headline = PhaseList.Summary(plans[0], context.Clock) };
}
