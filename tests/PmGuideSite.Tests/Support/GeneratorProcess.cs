using System.Diagnostics;

namespace PmGuideSite.Tests.Support;

/// <summary>Runs the real generator as a separate process, the way a contributor does.</summary>
internal static class GeneratorProcess
{
    /// <summary>Runs <c>dotnet pmguide.dll args</c> in <paramref name="workingDirectory"/>.</summary>
    public static (int ExitCode, string Output, string Errors) Run(string workingDirectory, IDictionary<string, string>? environment, params string[] args) =>
        RunFile("dotnet", [Path.Combine(AppContext.BaseDirectory, "pmguide.dll"), .. args], workingDirectory, input: null, environment);

    /// <summary>Runs <paramref name="file"/> with <paramref name="args"/>, writing <paramref name="input"/> (when not
    /// null) to its standard input, and returns its exit code and output once it ends (2 minutes at most).</summary>
    public static (int ExitCode, string Output, string Errors) RunFile(string file, IEnumerable<string> args, string workingDirectory,
        string? input = null, IDictionary<string, string>? environment = null)
    {
        var info = StartInfo(file, args, workingDirectory);
        info.RedirectStandardInput = input is not null;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[key] = value;
        }

        using var process = Process.Start(info)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} did not finish within 2 minutes");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>How the tests start the generator: output redirected, outside GitHub Actions.</summary>
    public static ProcessStartInfo StartInfo(string file, IEnumerable<string> args, string workingDirectory)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment.Remove("GITHUB_ACTIONS");
        return info;
    }

    /// <summary>The address a starting <c>serve</c> prints ("Serving … at http://…"), or null when it printed none
    /// within a minute.</summary>
    public static async Task<string?> ServeAddressAsync(Process serve)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await serve.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("Serving ", StringComparison.Ordinal))
            {
                return line[line.IndexOf("http://", StringComparison.Ordinal)..].Split(' ')[0];
            }
        }

        return null;
    }
}
