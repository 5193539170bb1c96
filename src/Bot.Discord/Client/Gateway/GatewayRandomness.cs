namespace Bot.Discord.Client.Gateway;

/// <summary>
/// The gateway's randomness: the first heartbeat's jitter and the pause before a fresh Identify.
/// Injectable so tests can pin it and know when the first heartbeat comes.
/// </summary>
internal sealed class GatewayRandomness(Func<double> nextDouble)
{
    public static GatewayRandomness Shared { get; } = new(Random.Shared.NextDouble);

    /// <summary>A number in [0, 1).</summary>
    public double Next() => Math.Clamp(nextDouble(), 0, 0.999999);
}
