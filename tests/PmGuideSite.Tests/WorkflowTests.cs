using PmGuideSite.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Tests;

/// <summary>The sample GitHub workflow is valid YAML and runs the browser tests instead of letting them skip.</summary>
public sealed class WorkflowTests
{
    [Fact]
    public void The_sample_workflow_runs_the_tests_with_a_browser_required()
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(TestPaths.RepoRoot, ".github", "workflows", "site.yml")))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents.Single().RootNode;
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["check"])["steps"];
        var test = steps.Children.OfType<YamlMappingNode>()
            .Single(s => s.Children.TryGetValue("run", out var run) && ((YamlScalarNode)run).Value == "dotnet test PmGuideSite.sln");
        var env = (YamlMappingNode)test["env"];
        Assert.Equal("1", ((YamlScalarNode)env["PMGUIDE_REQUIRE_BROWSER"]).Value);
        Assert.False(string.IsNullOrEmpty(((YamlScalarNode)env["PMGUIDE_CHROMIUM"]).Value));
    }
}
