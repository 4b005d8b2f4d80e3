using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PmGuideSite.Tests.Support;

/// <summary>
/// The native generator the README's "Faster builds" command makes: <c>dotnet publish generator -c Release</c>, run
/// once per test class (xunit class fixture). The first publish compiles the whole program ahead of time (a minute
/// or two on two cores); later ones only check that nothing changed.
/// </summary>
public sealed partial class NativeGenerator
{
    public NativeGenerator()
    {
        var publish = new[] { "publish", Path.Combine("generator", "PmGuideSite.csproj"), "-c", "Release", "--nologo", "-v", "quiet", "-clp:ErrorsOnly" };
        using var process = Process.Start(GeneratorProcess.StartInfo("dotnet", publish, TestPaths.RepoRoot))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("dotnet publish did not finish within 15 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}):\n{output.Result}\n{errors.Result}");
        }

        Executable = Path.Combine(TestPaths.RepoRoot, "generator", "bin", "Release", "net10.0", "linux-x64", "publish", "pmguide");
        if (!File.Exists(Executable))
        {
            throw new FileNotFoundException("dotnet publish did not make the native generator where the README says", Executable);
        }
    }

    /// <summary>The native executable.</summary>
    public string Executable { get; }

    /// <summary>Runs the native executable with <paramref name="args"/> in <paramref name="workingDirectory"/>.</summary>
    public (int ExitCode, string Output, string Errors) Run(string workingDirectory, string? input, params string[] args) =>
        GeneratorProcess.RunFile(Executable, args, workingDirectory, input);

    /// <summary>Runs <c>dotnet pmguide.dll</c> (the tests' own build, compiled just in time) the same way.</summary>
    public static (int ExitCode, string Output, string Errors) RunDll(string workingDirectory, string? input, params string[] args) =>
        GeneratorProcess.RunFile("dotnet", [Path.Combine(AppContext.BaseDirectory, "pmguide.dll"), .. args], workingDirectory, input);

    /// <summary>Starts the native executable with redirected output (for <c>serve</c>).</summary>
    public Process StartProcess(string workingDirectory, params string[] args) =>
        Process.Start(GeneratorProcess.StartInfo(Executable, args, workingDirectory))!;

    /// <summary>The text with timings (which differ from run to run) replaced by placeholders.</summary>
    public static string WithoutTimings(string text) => Seconds().Replace(Milliseconds().Replace(text, "(# ms)"), "in # s");

    [GeneratedRegex(@"\(\d+ ms\)")]
    private static partial Regex Milliseconds();

    [GeneratedRegex(@"in \d+\.\d\d s")]
    private static partial Regex Seconds();
}
