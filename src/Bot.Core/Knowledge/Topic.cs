using Bot.Core.Analysis;

namespace Bot.Core.Knowledge;

/// <summary>A named thing the story is about, under one slug, with every way the sources write it.</summary>
public sealed record Topic(string Slug, string Name, TopicKind Kind, IReadOnlyList<string> Aliases, int Mentions);
