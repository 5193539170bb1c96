using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace Bot.Fakes;

/// <summary>Every fake and local web site binds here: Kestrel alone, loopback only, on a port the OS picks.</summary>
public static class LoopbackServer
{
    public const string AnyPortUrl = "http://127.0.0.1:0";

    /// <summary>
    /// Starts a server that answers every request with <paramref name="handler"/>; <paramref name="configure"/>
    /// adds services (logging levels) before it is built. Its address is <see cref="BaseAddress"/>.
    /// </summary>
    public static async Task<WebApplication> StartAsync(RequestDelegate handler, Action<WebApplicationBuilder>? configure = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().UseUrls(AnyPortUrl);
        configure?.Invoke(builder);
        var app = builder.Build();
        app.Run(handler);
        await app.StartAsync(cancellationToken);
        return app;
    }

    /// <summary>The address a started server listens on, such as http://127.0.0.1:41234/.</summary>
    public static Uri BaseAddress(this WebApplication app) => new(app.Urls.First());
}
