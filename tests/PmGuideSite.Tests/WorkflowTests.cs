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
