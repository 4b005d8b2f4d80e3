using System.Diagnostics;

namespace PmGuideSite.Tests.Support;

/// <summary>Runs the real generator as a separate process, the way a contributor does.</summary>
internal static class GeneratorProcess
{
    /// <summary>Runs <c>dotnet pmguide.dll args</c> in <paramref name="workingDirectory"/>.</summary>
    public static (int ExitCode, string Output, string Errors) Run(string workingDirectory, IDictionary<string, string>? environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "pmguide.dll");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("GITHUB_ACTIONS");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("pmguide did not finish within 2 minutes");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }
}
