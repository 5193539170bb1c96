using Bot.Core.Answers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Pictures;

public static class PicturesServiceCollectionExtensions
{
    /// <summary>Draws the charts answers ask for (ScottPlot on SkiaSharp); without this call every answer goes as text alone.</summary>
    public static IServiceCollection AddPictures(this IServiceCollection services)
    {
        services.RemoveAll<IPictureRenderer>();
        services.AddSingleton<IPictureRenderer, ScottPlotPictureRenderer>();
        return services;
    }
}
