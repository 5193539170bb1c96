namespace Bot.Fakes;

/// <summary>Every fake binds here: loopback only, on a port the OS picks.</summary>
public static class LoopbackServer
{
    public const string AnyPortUrl = "http://127.0.0.1:0";
}
