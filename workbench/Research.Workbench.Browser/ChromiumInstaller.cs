using System.Diagnostics;

namespace Research.Workbench.Browser;

/// <summary>
/// Makes sure Debian's Chromium (<c>/usr/bin/chromium</c>) is there, installing it with apt when it is not:
/// <c>apt-get update</c>, then <c>apt-get install -y chromium</c> (a plain install without the update fails on a fresh
/// machine with "Unable to locate package"). Playwright's own browser download does not work here, so this is the browser.
/// </summary>
/// <remarks>
/// Several test processes may start at once (one per test project): the install is serialised across processes with
/// an exclusive lock on <c>{temp}/research-chromium-install.lock</c>, and whoever gets the lock second finds it installed.
/// </remarks>
public static class ChromiumInstaller
{
    /// <summary>Where Debian installs Chromium.</summary>
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>The commands that install it, as a user would type them.</summary>
    public const string InstallCommand = "apt-get update && apt-get install -y chromium";

    private static readonly TimeSpan LockWait = TimeSpan.FromMinutes(15);
    private static readonly TimeSpan InstallTimeout = TimeSpan.FromMinutes(15);

    /// <summary>Returns the Chromium executable, installing it first when it is missing.</summary>
    /// <param name="log">Where to say what is happening (an install takes a minute or two).</param>
    /// <param name="path">The executable to look for (default <see cref="DefaultPath"/>; <c>RESEARCH_CHROMIUM</c> overrides it).</param>
    /// <exception cref="InvalidOperationException">It is missing and could not be installed; the message names the command.</exception>
    public static string EnsureInstalled(TextWriter? log = null, string? path = null)
    {
        path ??= Environment.GetEnvironmentVariable("RESEARCH_CHROMIUM") ?? DefaultPath;
        if (File.Exists(path))
        {
            return path;
        }
        using (AcquireLock())
        {
            // Another process may have installed it while this one waited for the lock.
            if (File.Exists(path))
            {
                return path;
            }
            if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
            {
                throw Missing(path, "this machine has no apt-get (the project's machines are Debian 12)");
            }
            log?.WriteLine($"Chromium is not at {path}: installing it with '{InstallCommand}' (a minute or two)...");
            Run("apt-get", "update", path);
            Run("apt-get", "install -y chromium", path);
            return File.Exists(path) ? path : throw Missing(path, $"'{InstallCommand}' succeeded but there is still no {path}");
        }
    }

    private static FileStream AcquireLock()
    {
        var lockPath = Path.Combine(Path.GetTempPath(), "research-chromium-install.lock");
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) on Unix: held until disposed, released if the process dies.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (waited.Elapsed < LockWait)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static void Run(string command, string arguments, string path)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw Missing(path, $"'{command}' did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw Missing(path, $"'{command}' could not start: {e.Message}");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(InstallTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw Missing(path, $"'{command} {arguments}' did not finish within {InstallTimeout.TotalMinutes} minutes");
            }
            if (process.ExitCode != 0)
            {
                var tail = string.Join('\n', (output.Result + error.Result).Split('\n').TakeLast(12));
                throw Missing(path, $"'{command} {arguments}' exited with {process.ExitCode} (not root? no network to the Debian mirror?):\n{tail}");
            }
        }
    }

    private static InvalidOperationException Missing(string path, string why) => new(
        $"The end-to-end tests need Chromium at {path} and it is not installed: {why}. Install it with: {InstallCommand} " +
        "(as root), or point RESEARCH_CHROMIUM at a Chromium executable.");
}
