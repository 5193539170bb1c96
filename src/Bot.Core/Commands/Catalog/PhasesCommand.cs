using Bot.Core.Analysis.Time;
using Bot.Core.Answers;
using Bot.Core.Knowledge;

namespace Bot.Core.Commands.Catalog;

/// <summary>/phases [topic]: the phases or stages the sources lay out, in order, each with the date that ends it.</summary>
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

        var sets = snapshot.PhaseSets
            .Where(p => topic is null || p.TopicSlugs.Contains(topic.Slug))
            .OrderByDescending(p => p.Origin.Source.Published ?? DateOnly.MinValue)
            .ToList();
        if (sets.Count == 0)
        {
            return ValueTask.FromResult(Answer.Short(topic is null
                ? "The sources lay out no phases or stages yet."
                : $"No plan of phases in the sources names {topic.Name}. Send /phases to see every plan."));
        }

        var items = new List<AnswerItem>();
        foreach (var set in sets)
        {
            items.Add(new AnswerItem($"{set.Subject}: {set.Phases.Count} phases", set.Origin.ToQuote()));
            foreach (var phase in set.Phases)
            {
                var when = phase.Due is { Period: { } period } due
                    ? WithTiming(new TimelineEvent(period, due.Role, phase.Description, set.Origin, set.TopicSlugs))
                    : "no date given";
                items.Add(new AnswerItem($"Phase {phase.Number}, {when}: {phase.Description}"));
            }
        }

        var about = topic is null ? "" : $" ({topic.Name})";
        var headline = $"Phases{about}";
        var name = topic is null ? Definition.Name : $"{Definition.Name}-{topic.Slug}";
        return ValueTask.FromResult(new Answer(headline, items)
        {
            Picture = StoryPicture.Compose(name, $"{headline} as of {DateWording.Date(clock.Today)}", clock, snapshot, [], sets),
        });
    }

    private string WithTiming(TimelineEvent e) => $"{e.DescribeWhen()} {clock.Timing(e)}";
}
