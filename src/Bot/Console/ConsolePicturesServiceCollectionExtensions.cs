using Bot.Pictures;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Host.Console;

public static class ConsolePicturesServiceCollectionExtensions
{
    /// <summary>Charts for every transport (unless <paramref name="draw"/> is false: `--no-pictures`), and the console's picture files.</summary>
    public static IServiceCollection AddConsolePictures(this IServiceCollection services, bool draw)
    {
        if (draw)
        {
            services.AddPictures();
        }

        services.AddOptions<PicturesOptions>().BindConfiguration(PicturesOptions.Section);
        services.AddSingleton<ConsolePictureFile>();
        return services;
    }
}
