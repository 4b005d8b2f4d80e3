using System.Text.RegularExpressions;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests;

/// <summary>"Edit this page" links: on every content page when site.yml names a repository, nowhere otherwise.</summary>
public sealed partial class EditLinkTests
{
    [Fact]
    public void Every_content_page_links_to_its_source_file_and_other_pages_do_not()
    {
        using var site = TempSite.FromBase();
        File.AppendAllText(Path.Combine(site.Root, "site.yml"),
            "repository:\n  url: \"https://github.com/example/pm-guide/\"\n  branch: release/2025\n  path: docs/guide\n");
        var (code, _, errors) = site.Run("build", "--quiet");
        Assert.True(code == 0, errors);

        var expected = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["chapters/intro.html"] = "content/chapters/intro.md",
            ["chapters/next.html"] = "content/chapters/next.md",
            ["examples/checkout.html"] = "content/examples/checkout.md",
            ["principles/dive-deep.html"] = "content/principles/dive-deep.md",
            ["principles/ownership.html"] = "content/principles/ownership.md",
            ["questions/dive-deep.html"] = "content/questions/dive-deep.yml",
            ["questions/ownership.html"] = "content/questions/ownership.yml",
        };
        foreach (var page in Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(site.Output, page).Replace('\\', '/');
            var links = EditLink().Matches(File.ReadAllText(page)).Select(m => m.Groups[1].Value).ToList();
            if (expected.TryGetValue(relative, out var source))
            {
                Assert.Equal([$"https://github.com/example/pm-guide/edit/release/2025/docs/guide/{source}"], links);
            }
            else
            {
                Assert.Empty(links);
            }
        }
    }

    [Fact]
    public void Without_a_repository_there_is_no_link()
    {
        using var site = TempSite.FromBase();
        Assert.Equal(0, site.Run("build", "--quiet").ExitCode);
        Assert.All(Directory.EnumerateFiles(site.Output, "*.html", SearchOption.AllDirectories),
            page => Assert.DoesNotContain("Edit this page", File.ReadAllText(page), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("repository: \"https://github.com/x/y\"\n", "site.yml(4,13): error PG2004: the field 'repository' must be a set of fields")]
    [InlineData("repository:\n  url: \"https://github.com/x/y\"\n", "site.yml(5,3): error PG2003: the repository setting is missing the required field 'branch'")]
    [InlineData("repository:\n  url: \"github.com/x/y\"\n  branch: main\n", "site.yml(5,8): error PG1002: repository url must be the repository's web address")]
    [InlineData("repository:\n  url: \"https://github.com/x/y\"\n  branch: \"../main\"\n", "site.yml(6,11): error PG1002: repository branch '../main' is not a branch name")]
    [InlineData("repository:\n  url: \"https://github.com/x/y\"\n  branch: main\n  path: ../up\n", "site.yml(7,9): error PG1002: repository path '../up' must be the site's folder")]
    [InlineData("repository:\n  url: \"https://github.com/x/y\"\n  branch: main\n  brnach: x\n", "site.yml(7,3): error PG2005: the repository setting has an unknown field 'brnach' (did you mean 'branch'?)")]
    public void A_bad_repository_setting_is_a_configuration_error(string setting, string expected)
    {
        using var site = TempSite.FromBase();
        File.AppendAllText(Path.Combine(site.Root, "site.yml"), setting);
        var (code, _, errors) = site.Run("check", "--quiet");
        Assert.Equal(2, code);
        Assert.Contains(expected, errors, StringComparison.Ordinal);
    }

    [GeneratedRegex("<p class=\"edit-link\"><a href=\"([^\"]+)\"")]
    private static partial Regex EditLink();
}
