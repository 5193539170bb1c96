using NSec.Cryptography;

namespace Bot.Discord.Client.Http;

/// <summary>
/// Checks Discord's Ed25519 signature on an HTTP interaction: the message is the timestamp's bytes followed by the
/// raw body, the key is the application's public key. Discord sends forged requests on purpose to test this.
/// </summary>
internal sealed class InteractionSignature(string publicKeyHex)
{
    private readonly PublicKey _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);

    public bool IsValid(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || string.IsNullOrEmpty(timestamp) || signatureHex.Length != 128)
        {
            return false;
        }

        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var timestampBytes = System.Text.Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[timestampBytes.Length + body.Length];
        timestampBytes.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(timestampBytes.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }
}
