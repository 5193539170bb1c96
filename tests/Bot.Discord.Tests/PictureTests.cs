using System.Text.Json;

namespace Bot.Discord.Tests;

/// <summary>An answer with a chart: the answer first, then an embed showing the PNG uploaded with it.</summary>
public sealed class PictureTests
{
    [Fact]
    public async Task The_chart_follows_the_answer_as_an_embed_image_attached_in_a_multipart_upload_with_its_alt_text()
    {
        await using var bot = await ConnectedBot.StartAsync();

        var answer = await bot.CallbackToAsync("810", DiscordPayloads.Command("810", "chart"));
        var followUp = await bot.FollowUpToAsync("810");
        Assert.Equal("Timeline", answer.Json.GetProperty("data").GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Empty(answer.Files);

        Assert.StartsWith("multipart/form-data", followUp.Header("Content-Type"));
        var expected = bot.Host.Get<IPictureRenderer>().TryRender(ChartCommand.Picture)!;
        var file = Assert.Single(followUp.Files);
        Assert.Equal(("files[0]", "invented.png", "image/png"), (file.Field, file.FileName, file.ContentType));
        Assert.Equal(expected.Png, file.Bytes);

        var payload = followUp.Json;
        Assert.Equal("attachment://invented.png", payload.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        var attachment = Assert.Single(payload.GetProperty("attachments").EnumerateArray());
        Assert.Equal(0, attachment.GetProperty("id").GetInt32());
        Assert.Equal("invented.png", attachment.GetProperty("filename").GetString());
        Assert.Equal(ChartCommand.Picture.AltText, attachment.GetProperty("description").GetString());
        Assert.Equal(JsonValueKind.Array, payload.GetProperty("allowed_mentions").GetProperty("parse").ValueKind);
    }

    [Fact]
    public async Task An_answer_without_a_chart_uploads_nothing()
    {
        await using var bot = await ConnectedBot.StartAsync();

        var answer = await bot.CallbackToAsync("811", DiscordPayloads.Command("811", "echo", "hello"));
        Assert.StartsWith("application/json", answer.Header("Content-Type"));
        Assert.Empty(answer.Files);
        Assert.False(answer.Json.GetProperty("data").TryGetProperty("attachments", out _));
    }
}
