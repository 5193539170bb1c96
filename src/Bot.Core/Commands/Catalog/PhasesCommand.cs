using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>/phases [topic]: each plan of phases the reports lay out, as <see cref="PhaseList"/> words them, with a chart.</summary>
public sealed class PhasesCommand(KnowledgeBase knowledge, StoryClock clock) : IChatCommand
{
    public static CommandDescriptor Definition { get; } = new("phases", "The phases or stages the sources lay out", TopicArgument.Optional("Only plans that name this topic"));

    public CommandDescriptor Descriptor => Definition;

    public ValueTask<Answer> ExecuteAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var snapshot = knowledge.Current;
        Topic? topic = null;
        if (request.Argument.Length > 0)
        {
            (topic, var problem) = TopicArgument.Resolve(snapshot, request.Argument, Definition.Name);
            if (problem is not null)
            {
                return ValueTask.FromResult(problem);
            }
        }

        var today = clock.Today;
        var plans = PhaseList.Plans(snapshot, today, topic);
        if (plans.Count == 0)
        {
            return ValueTask.FromResult(Answer.Short(topic is null
                ? "The sources lay out no phases or stages yet."
                : $"No plan of phases in the sources names {topic.Name}. Send /phases to see every plan."));
        }

        var answer = PhaseList.Answer(plans, clock, topic, Definition.Name);
        var name = topic is null ? Definition.Name : $"{Definition.Name}-{topic.Slug}";
        var stopped = clock.Stopped();
        return ValueTask.FromResult(answer.WithPicture(() => StoryPicture.Compose(name, $"{answer.Headline} as of {DateWording.Date(today)}", stopped, snapshot, [], [.. plans.Take(PhaseList.MaxPlans)])));
    }
}
