using System.Security.Cryptography;
using System.Text;

namespace Bot.Core.Ingest;

/// <summary>
/// One document of the story: normalised text plus what a citation needs. <see cref="Published"/> anchors every
/// relative date in it; when it is null those dates stay unresolved.
/// </summary>
public sealed record Source(string Id, string Title, DateOnly? Published, string Origin, string? Url, string Text)
{
    /// <summary>Where it came from, for /sources: a seeds path, a URL, "chat".</summary>
    public string Location { get; init; } = "";

    /// <summary>A stable id from the normalised text, so the same text added twice is recognised.</summary>
    public static string IdFor(string normalizedText)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(normalizedText), hash);
        return Convert.ToHexStringLower(hash[..6]);
    }
}
