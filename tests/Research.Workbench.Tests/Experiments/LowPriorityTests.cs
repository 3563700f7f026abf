using Research.Workbench.Experiments;

namespace Research.Workbench.Tests.Experiments;

public sealed class LowPriorityTests
{
    [Fact]
    public void ApplyToCurrentThread_OnLinux_ThreadRunsAtNiceTen()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux(), "Per-thread nice values are a Linux feature.");
        bool applied = false;
        var nice = int.MinValue;
        var thread = new Thread(() =>
        {
            applied = LowPriority.ApplyToCurrentThread();
            // Field 19 of /proc/thread-self/stat is the nice value; fields after the command name (in parentheses) start at 3.
            var stat = File.ReadAllText("/proc/thread-self/stat");
            nice = int.Parse(stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[16], System.Globalization.CultureInfo.InvariantCulture);
        });

        thread.Start();
        thread.Join();

        Assert.True(applied);
        Assert.Equal(LowPriority.Nice, nice);
    }
}
