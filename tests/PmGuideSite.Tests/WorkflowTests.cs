using PmGuideSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Tests;

/// <summary>The sample GitHub workflows are valid YAML and run what the README says they run.</summary>
public sealed class WorkflowTests
{
    [Fact]
    public void The_sample_workflow_runs_the_tests_with_a_browser_required()
    {
        var root = Load("site.yml");
        var steps = Steps(root, "check");
        var test = steps.Single(s => Run(s) == "dotnet test PmGuideSite.sln");
        var env = (YamlMappingNode)test["env"];
        Assert.Equal("1", ((YamlScalarNode)env["PMGUIDE_REQUIRE_BROWSER"]).Value);
        Assert.False(string.IsNullOrEmpty(((YamlScalarNode)env["PMGUIDE_CHROMIUM"]).Value));
    }

    [Fact]
    public void The_link_workflow_checks_external_links_weekly_with_a_cache()
    {
        var root = Load("links.yml");
        var on = (YamlMappingNode)root["on"];
        var cron = ((YamlScalarNode)((YamlMappingNode)((YamlSequenceNode)on["schedule"]).Children.Single())["cron"]).Value!;
        var fields = cron.Split(' ');
        // Minute, hour, any day of the month, any month, one day of the week: once a week.
        Assert.Equal(5, fields.Length);
        Assert.True(int.TryParse(fields[0], out _) && int.TryParse(fields[1], out _), cron);
        Assert.Equal(["*", "*"], fields[2..4]);
        Assert.Matches("^[0-6]$", fields[4]);

        var steps = Steps(root, "external-links");
        var check = steps.Single(s => Run(s)?.Contains(" check ", StringComparison.Ordinal) == true);
        Assert.Contains("--external", Run(check)!.Split(' '));
        var cache = steps.Single(s => Uses(s)?.StartsWith("actions/cache@", StringComparison.Ordinal) == true);
        Assert.Equal(".pmguide-cache", ((YamlScalarNode)((YamlMappingNode)cache["with"])["path"]).Value);
        Assert.True(steps.IndexOf(cache) < steps.IndexOf(check), "the cache must be restored before the check");
    }

    [Fact]
    public void Pull_requests_get_a_preview_artifact_and_a_summary_of_changed_pages()
    {
        var root = Load("site.yml");
        Assert.True(((YamlMappingNode)root["on"]).Children.ContainsKey("pull_request"));
        var job = (YamlMappingNode)((YamlMappingNode)root["jobs"])["preview"];
        Assert.Contains("pull_request", ((YamlScalarNode)job["if"]).Value, StringComparison.Ordinal);
        var steps = Steps(root, "preview");
        var runs = steps.Select(Run).ToList();

        var build = runs.FindIndex(r => r?.Contains("-- build", StringComparison.Ordinal) == true && !r.Contains("base", StringComparison.Ordinal));
        var baseBuild = runs.FindIndex(r => r?.Contains("pull_request.base.sha", StringComparison.Ordinal) == true && r.Contains("-- build", StringComparison.Ordinal));
        var summary = runs.FindIndex(r => r?.Contains("-- changes \"$RUNNER_TEMP/base/_site\" _site >> \"$GITHUB_STEP_SUMMARY\"", StringComparison.Ordinal) == true);
        var upload = steps.FindIndex(s => Uses(s)?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);
        Assert.True(build >= 0 && baseBuild >= 0 && summary >= 0 && upload >= 0, string.Join("\n---\n", runs));
        Assert.True(build < summary && baseBuild < summary, "both sites are built before they are compared");
        Assert.Equal("_site", ((YamlScalarNode)((YamlMappingNode)steps[upload]["with"])["path"]).Value);
        // The base may fail to build (that is the pull request's business); the summary then says so.
        Assert.Equal("true", ((YamlScalarNode)steps[baseBuild]["continue-on-error"]).Value);
    }

    internal static YamlMappingNode Load(string name)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(TestPaths.RepoRoot, ".github", "workflows", name)))
        {
            stream.Load(reader);
        }

        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    internal static List<YamlMappingNode> Steps(YamlMappingNode root, string job) =>
        ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])[job])["steps"]).Children.OfType<YamlMappingNode>().ToList();

    internal static string? Run(YamlMappingNode step) =>
        step.Children.TryGetValue("run", out var run) ? ((YamlScalarNode)run).Value : null;

    internal static string? Uses(YamlMappingNode step) =>
        step.Children.TryGetValue("uses", out var uses) ? ((YamlScalarNode)uses).Value : null;
}
