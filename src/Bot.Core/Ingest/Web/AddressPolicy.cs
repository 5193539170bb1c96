using System.Net;

namespace Bot.Core.Ingest.Web;

/// <summary>Decides whether the fetcher may open a connection to an address it resolved.</summary>
/// <remarks>
/// Injectable so that a test can allow exactly its own server's first hop and still see every other address
/// refused; production uses <see cref="PublicAddressPolicy"/>.
/// </remarks>
public interface IAddressPolicy
{
    bool Allows(IPEndPoint endPoint);
}

/// <summary>Allows public unicast addresses only, unless <see cref="SourceFetchOptions.AllowPrivateAddresses"/> is set.</summary>
public sealed class PublicAddressPolicy(IOptions<SourceFetchOptions> options) : IAddressPolicy
{
    public bool Allows(IPEndPoint endPoint) => options.Value.AllowPrivateAddresses || AddressRanges.IsPublic(endPoint.Address);
}

/// <summary>The address ranges that lead into the bot's own network, or nowhere useful, rather than to a public site.</summary>
public static class AddressRanges
{
    private static readonly IPNetwork[] NonPublicV4 =
    [
        IPNetwork.Parse("0.0.0.0/8"),        // "this network"; 0.0.0.0 reaches the local host on Linux
        IPNetwork.Parse("10.0.0.0/8"),
        IPNetwork.Parse("100.64.0.0/10"),    // carrier-grade NAT: the provider's network, not the internet
        IPNetwork.Parse("127.0.0.0/8"),
        IPNetwork.Parse("169.254.0.0/16"),   // link-local, home of the cloud metadata service 169.254.169.254
        IPNetwork.Parse("172.16.0.0/12"),
        IPNetwork.Parse("192.0.0.0/24"),
        IPNetwork.Parse("192.0.2.0/24"),
        IPNetwork.Parse("192.168.0.0/16"),
        IPNetwork.Parse("198.18.0.0/15"),
        IPNetwork.Parse("198.51.100.0/24"),
        IPNetwork.Parse("203.0.113.0/24"),
        IPNetwork.Parse("224.0.0.0/4"),      // multicast
        IPNetwork.Parse("240.0.0.0/4"),      // reserved, and 255.255.255.255 broadcast
    ];

    private static readonly IPNetwork[] NonPublicV6 =
    [
        IPNetwork.Parse("::/128"),
        IPNetwork.Parse("::1/128"),
        IPNetwork.Parse("fc00::/7"),         // unique-local
        IPNetwork.Parse("fe80::/10"),        // link-local
        IPNetwork.Parse("fec0::/10"),        // the deprecated site-local range, still routed inside some networks
        IPNetwork.Parse("ff00::/8"),         // multicast
        IPNetwork.Parse("2001:db8::/32"),    // documentation
    ];

    // IPv6 forms that carry an IPv4 address inside them; the IPv4 address decides.
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");
    private static readonly IPNetwork V4Compatible = IPNetwork.Parse("::/96");

    public static bool IsPublic(IPAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            return IsPublic(address.MapToIPv4());
        }

        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            return !NonPublicV4.Any(range => range.Contains(address));
        }

        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6)
        {
            return false;
        }

        if (NonPublicV6.Any(range => range.Contains(address)))
        {
            return false;
        }

        var bytes = address.GetAddressBytes();
        if (Nat64.Contains(address) || V4Compatible.Contains(address))
        {
            return IsPublic(new IPAddress(bytes.AsSpan(12, 4)));
        }

        return !SixToFour.Contains(address) || IsPublic(new IPAddress(bytes.AsSpan(2, 4)));
    }
}
