using System.Runtime.InteropServices;

namespace Bot.Benchmarks;

/// <summary>
/// The calling thread's CPU time (Linux `clock_gettime(CLOCK_THREAD_CPUTIME_ID)`): what one request costs even when a
/// loaded machine makes it wait for a core, which wall-clock time then counts and this does not.
/// </summary>
internal static class ThreadCpu
{
    private const int ThreadCpuClock = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static bool IsAvailable { get; } = OperatingSystem.IsLinux();

    /// <summary>Milliseconds of CPU this thread has used; 0 where the clock is not available.</summary>
    public static double Milliseconds()
    {
        if (!IsAvailable || ClockGetTime(ThreadCpuClock, out var time) != 0)
        {
            return 0;
        }

        return (time.Seconds * 1e3) + (time.Nanoseconds / 1e6);
    }
}
