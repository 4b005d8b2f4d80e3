using System.Diagnostics;
using System.Text;
using System.Text.Json;
using PmGuideSite.Tests.Serve;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Native;

/// <summary>
/// The native generator (Native AOT, <c>dotnet publish generator -c Release</c>) does what <c>dotnet pmguide.dll</c>
/// does: the same files byte for byte, the same messages and exit codes, and a working <c>serve</c>. Native AOT drops
/// what nothing seems to use (trimming) and cannot generate code at run time, so a template reading a member the
/// trimmer removed, or JSON written by reflection, would fail only there.
/// </summary>
[Collection(ReleaseBuilds.Name)]
public sealed class NativeGeneratorTests(NativeGenerator native) : IClassFixture<NativeGenerator>
{
    [Fact]
    public void The_shipped_content_builds_to_the_same_bytes()
    {
        using var site = TempSite.FromRepository();
        AssertSameBuild(site);
    }

    [Fact]
    public void The_sample_site_builds_to_the_same_bytes_and_messages()
    {
        using var site = TempSite.FromBase();
        AssertSameBuild(site);
    }

    [Fact]
    public void Bad_input_gives_the_same_diagnostics_and_exit_code_and_keeps_the_previous_site()
    {
        using var site = TempSite.FromBase();
        Assert.Equal(0, native.Run(site.Root, null, "build", "--quiet").ExitCode);
        var before = TempSite.Snapshot(site.Output);
        site.Write("content/chapters/broken.md", "---\ntitle: \"Unclosed\nsummary: x\n---\nBody.\n");
        site.WriteBytes("content/chapters/bytes.md", [.. "---\ntitle: Bytes\nsummary: s\norder: 9\n---\nA \xff\xfe byte.\n"u8]);
        site.Write("content/chapters/hostile.md",
            "---\ntitle: Hostile\nsummary: s\norder: 8\nprinciples: [no-such-principle]\n---\n<script>alert(1)</script>\n\n[gone](missing.md#nowhere)\n");

        var dll = NativeGenerator.RunDll(site.Root, null, "build");
        var exe = native.Run(site.Root, null, "build");

        Assert.Equal(1, dll.ExitCode);
        Assert.Equal(dll.ExitCode, exe.ExitCode);
        Assert.Contains("content/chapters/broken.md(2,8): error PG2002", exe.Errors, StringComparison.Ordinal);
        Assert.Contains("content/chapters/hostile.md(5,", exe.Errors, StringComparison.Ordinal);
        Assert.Equal(NativeGenerator.WithoutTimings(dll.Errors), NativeGenerator.WithoutTimings(exe.Errors));
        Assert.Equal(NativeGenerator.WithoutTimings(dll.Output), NativeGenerator.WithoutTimings(exe.Output));
        Assert.DoesNotContain("   at ", exe.Errors, StringComparison.Ordinal);
        var after = TempSite.Snapshot(site.Output);
        Assert.Equal(before.Keys, after.Keys);
        Assert.All(before, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(after[kv.Key]), kv.Key));
    }

    [Theory]
    [InlineData("--version")]
    [InlineData("--help")]
    [InlineData("build", "--help")]
    [InlineData("check", "--strict")]
    [InlineData("lint", "-")]
    [InlineData("no-such-command")]
    public void Other_commands_print_the_same_and_exit_the_same(params string[] args)
    {
        using var site = TempSite.FromRepository();
        const string answer = "We launched the new checkout and it went really well for everyone.\n";

        var dll = NativeGenerator.RunDll(site.Root, answer, args);
        var exe = native.Run(site.Root, answer, args);

        Assert.Equal(dll.ExitCode, exe.ExitCode);
        Assert.Equal(NativeGenerator.WithoutTimings(dll.Output), NativeGenerator.WithoutTimings(exe.Output));
        Assert.Equal(NativeGenerator.WithoutTimings(dll.Errors), NativeGenerator.WithoutTimings(exe.Errors));
        Assert.NotEqual(string.Empty, exe.Output + exe.Errors);
    }

    [Fact]
    public void New_scaffolds_the_same_files()
    {
        using var first = TempSite.FromBase();
        using var second = TempSite.FromBase();

        var dll = NativeGenerator.RunDll(first.Root, null, "new", "example", "pricing-story", "--principle", "dive-deep");
        var exe = native.Run(second.Root, null, "new", "example", "pricing-story", "--principle", "dive-deep");

        Assert.Equal(0, dll.ExitCode);
        Assert.Equal(0, exe.ExitCode);
        Assert.Equal(first.Relativise(dll.Output), second.Relativise(exe.Output));
        AssertSameFiles(TempSite.Snapshot(Path.Combine(first.Root, "content")), TempSite.Snapshot(Path.Combine(second.Root, "content")));
    }

    [Fact]
    public async Task Serve_serves_reloads_and_shows_errors()
    {
        using var site = TempSite.FromBase();
        using var process = native.StartProcess(site.Root, "serve", "--port", "0");
        var errors = process.StandardError.ReadToEndAsync();
        try
        {
            var address = await GeneratorProcess.ServeAddressAsync(process);
            Assert.NotNull(address);
            var root = new Uri(address);
            using (var http = new HttpClient())
            {
                var page = await http.GetStringAsync(new Uri(root, "chapters/intro.html"));
                Assert.Contains("<script src=\"/__pmguide/reload.js\"", page, StringComparison.Ordinal);
            }

            await using var events = await EventStream.OpenAsync(root);
            var intro = Path.Combine(site.Root, "content", "chapters", "intro.md");
            File.WriteAllText(intro, File.ReadAllText(intro).Replace("find your way around", "find your way around quickly", StringComparison.Ordinal));
            using (var reload = JsonDocument.Parse(await events.WaitForAsync("reload", TimeSpan.FromSeconds(60))))
            {
                var changed = reload.RootElement.GetProperty("changed").EnumerateArray().Select(e => e.GetString()).ToList();
                Assert.Contains("chapters/intro.html", changed);
            }

            File.WriteAllText(intro, "---\ntitle: \"Unclosed\n---\nBody.\n");
            using (var failed = JsonDocument.Parse(await events.WaitForAsync("errors", TimeSpan.FromSeconds(60))))
            {
                var first = failed.RootElement.GetProperty("diagnostics")[0];
                Assert.Equal("error", first.GetProperty("severity").GetString());
                Assert.Contains("error PG2002", first.GetProperty("text").GetString(), StringComparison.Ordinal);
            }

            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "serve did not stop within 60 s of SIGTERM");
            Assert.Equal(0, process.ExitCode);
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

    private void AssertSameBuild(TempSite site)
    {
        var dll = NativeGenerator.RunDll(site.Root, null, "build", "--output", "out-dll");
        var exe = native.Run(site.Root, null, "build", "--output", "out-native");

        Assert.Equal(0, dll.ExitCode);
        Assert.Equal(0, exe.ExitCode);
        Assert.Equal(NativeGenerator.WithoutTimings(dll.Errors), NativeGenerator.WithoutTimings(exe.Errors));
        Assert.Contains("Build succeeded", exe.Output, StringComparison.Ordinal);
        Assert.Equal(NativeGenerator.WithoutTimings(dll.Output).Replace("out-dll", "<out>", StringComparison.Ordinal),
            NativeGenerator.WithoutTimings(exe.Output).Replace("out-native", "<out>", StringComparison.Ordinal));
        AssertSameFiles(TempSite.Snapshot(Path.Combine(site.Root, "out-dll")), TempSite.Snapshot(Path.Combine(site.Root, "out-native")));
    }

    private static void AssertSameFiles(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual)
    {
        Assert.True(expected.Count > 0);
        Assert.Equal(expected.Keys, actual.Keys);
        Assert.All(expected, kv => Assert.True(kv.Value.AsSpan().SequenceEqual(actual[kv.Key]),
            $"{kv.Key} differs:\n{Encoding.UTF8.GetString(actual[kv.Key])}"));
    }
}
