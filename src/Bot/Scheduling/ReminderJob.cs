using System.Globalization;
using Bot.Core.Reminders;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>Thin: reads which reminder fired and hands it to <see cref="ReminderDelivery"/>.</summary>
public sealed class ReminderJob(ReminderDelivery delivery) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var data = context.MergedJobDataMap;
        var key = data.GetString(BotSchedules.ReminderKeyData) ?? throw new JobExecutionException("A reminder trigger without its key.");
        var fireUtc = DateTimeOffset.Parse(data.GetString(BotSchedules.ReminderFireUtcData) ?? throw new JobExecutionException("A reminder trigger without its time."), CultureInfo.InvariantCulture);
        await delivery.FireAsync(key, fireUtc, cancellationToken);
    }
}
