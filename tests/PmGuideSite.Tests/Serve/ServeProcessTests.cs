using System.Diagnostics;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Serve;

/// <summary>The real <c>pmguide serve</c> process: it prints its address, serves, and stops cleanly on Ctrl+C.</summary>
public sealed class ServeProcessTests
{
    [Fact]
    public async Task Ctrl_c_stops_serve_with_exit_code_0()
    {
        using var site = TempSite.FromBase();
        using var process = Process.Start(GeneratorProcess.StartInfo("dotnet",
            [Path.Combine(AppContext.BaseDirectory, "pmguide.dll"), "serve", "--port", "0"], site.Root))!;
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var address = await GeneratorProcess.ServeAddressAsync(process);
            Assert.NotNull(address);
            Assert.StartsWith("http://127.0.0.1:", address, StringComparison.Ordinal);
            using (var http = new HttpClient())
            {
                Assert.Contains("Sample Guide", await http.GetStringAsync(new Uri(new Uri(address), "index.html")), StringComparison.Ordinal);
            }

            // SIGINT is what Ctrl+C sends. A test run started in the background of a shell inherits SIGINT as ignored
            // (so does serve, and the runtime honours that); there, SIGTERM exercises the same shutdown path.
            var signal = SigintIgnored() ? "-TERM" : "-INT";
            using (var kill = Process.Start("kill", [signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            var rest = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"serve did not stop within 60 s of SIGINT; it printed:\n{await rest}\n{await errors}");
            }

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Stopped.", await rest, StringComparison.Ordinal);
            Assert.DoesNotContain("PG9001", await errors, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static bool SigintIgnored()
    {
        var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("SigIgn:", StringComparison.Ordinal));
        return line is not null && (ulong.Parse(line[7..].Trim(), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture) & 0b10) != 0;
    }
}
