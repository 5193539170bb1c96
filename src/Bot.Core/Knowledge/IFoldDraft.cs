namespace Bot.Core.Knowledge;

/// <summary>A story fold's draft of one result: marked when a change (or a rewind) touches it, so only it is made anew.</summary>
internal interface IFoldDraft
{
    bool Touched { get; set; }
}
