using System.Text.Json;

namespace Bot.Fakes.Discord;

/// <summary>One REST call the fake received, as the client sent it.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset ReceivedAt)
{
    /// <summary>The files of a multipart request (whose <see cref="Body"/> is then its <c>payload_json</c>), in order.</summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];

    public JsonElement Json => JsonDocument.Parse(Body.Length == 0 ? "null" : Body).RootElement;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;
}

/// <summary>A file uploaded in a multipart request: its form field (<c>files[0]</c>), name, content type and bytes.</summary>
public sealed record RecordedFile(string Field, string FileName, string? ContentType, byte[] Bytes);

/// <summary>A scripted REST reply; used once, by the first request it matches.</summary>
public sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null);
