namespace Bot.Host.Observability;

/// <summary>The operator's listener (section <c>Bot:Observability</c>): health checks and Prometheus metrics.</summary>
public sealed class ObservabilityOptions
{
    public const string Section = "Bot:Observability";

    /// <summary>
    /// Where <c>/healthz</c>, <c>/readyz</c> and <c>/metrics</c> are served, e.g. http://127.0.0.1:9464. Empty (the
    /// default) means no listener. It has no authentication: keep it on loopback or a private network.
    /// </summary>
    public string? ListenUrl { get; set; }
}

public sealed class ObservabilityOptionsValidator : IValidateOptions<ObservabilityOptions>
{
    public ValidateOptionsResult Validate(string? name, ObservabilityOptions options) =>
        options.ListenUrl is not { Length: > 0 } url
        || (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttp && uri.AbsolutePath == "/")
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{ObservabilityOptions.Section}:ListenUrl is \"{url}\": expected an http:// address with a port and no path, such as http://127.0.0.1:9464, or empty for no listener.");
}
