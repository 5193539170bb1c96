using Bot.Host.Hosting;

// `dotnet run --project src/Bot [-- ask "<text>" | reminders] [--seeds DIR] [--now ISO-8601] [--no-pictures]`: see BotCommandLine.
return await BotProgram.RunAsync(args);
