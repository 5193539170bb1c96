using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Ingest.Web;

internal static class Fetchers
{
    /// <summary>Options for reaching the local web site: private addresses allowed, everything else as shipped.</summary>
    public static SourceFetchOptions Local(Action<SourceFetchOptions>? change = null)
    {
        var options = new SourceFetchOptions { AllowPrivateAddresses = true, Timeout = TimeSpan.FromSeconds(10) };
        change?.Invoke(options);
        return options;
    }

    /// <summary>Options as shipped: private addresses refused.</summary>
    public static SourceFetchOptions Shipped() => new() { Timeout = TimeSpan.FromSeconds(10) };

    public static SafeHttpFetcher Create(SourceFetchOptions options, IAddressPolicy? policy = null, ILogger<SafeHttpFetcher>? logger = null)
    {
        var wrapped = Options.Create(options);
        return new SafeHttpFetcher(wrapped, policy ?? new PublicAddressPolicy(wrapped), TimeProvider.System, logger ?? NullLogger<SafeHttpFetcher>.Instance);
    }
}

/// <summary>Allows exactly one address and port: the test's own first hop. Everything else is refused.</summary>
internal sealed class OnlyEndPoint(IPEndPoint allowed) : IAddressPolicy
{
    public bool Allows(IPEndPoint endPoint) => endPoint.Equals(allowed);
}
