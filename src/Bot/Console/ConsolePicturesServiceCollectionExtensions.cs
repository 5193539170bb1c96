using Bot.Pictures;
using Microsoft.Extensions.DependencyInjection.Extensions;

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

        return services.AddConsolePictureFiles();
    }

    /// <summary>Where the console chat and `ask` write charts; with no renderer registered they write none.</summary>
    public static IServiceCollection AddConsolePictureFiles(this IServiceCollection services)
    {
        services.AddOptions<PicturesOptions>().BindConfiguration(PicturesOptions.Section);
        services.TryAddSingleton<ConsolePictureFile>();
        return services;
    }
}
