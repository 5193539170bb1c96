using Bot.Core.IO;

namespace Bot.Core.Tests.IO;

public sealed class CappedStreamTests
{
    [Theory]
    [InlineData(0, 10)]
    [InlineData(10, 10)]
    [InlineData(40_000, 40_000)]
    public async Task A_stream_within_the_cap_is_read_whole(int length, long cap)
    {
        var bytes = Enumerable.Range(0, length).Select(i => (byte)i).ToArray();

        var read = await CappedStream.ReadAsync(new MemoryStream(bytes), cap, CancellationToken.None);

        Assert.Equal(bytes, read);
    }

    [Fact]
    public async Task A_stream_past_the_cap_gives_nothing_and_is_not_read_to_its_end()
    {
        var stream = new MemoryStream(new byte[1_000_000]);

        var read = await CappedStream.ReadAsync(stream, 20_000, CancellationToken.None);

        Assert.Null(read);
        Assert.True(stream.Position < stream.Length, $"read {stream.Position} of {stream.Length} bytes");
    }
}
