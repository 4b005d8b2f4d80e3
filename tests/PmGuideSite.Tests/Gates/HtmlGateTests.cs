using PmGuideSite.Testing;
using PmGuideSite.Tests.Support;

namespace PmGuideSite.Tests.Gates;

/// <summary>The valid-HTML gate: html-validate with the committed .htmlvalidate.json finds no error on any page of the real site.</summary>
public sealed class HtmlGateTests(BuiltRepositorySite site) : IClassFixture<BuiltRepositorySite>
{
    [Fact]
    public void Every_page_of_the_real_site_is_valid_html()
    {
        Assert.True(site.ExitCode == 0, site.Log);
        var problems = HtmlValidator.Check(site.Output);
        Assert.True(problems.Count == 0, $"{problems.Count} html-validate errors:\n" + string.Join('\n', problems.Take(50)));
    }
}

/// <summary>The valid-HTML gate's checker on the broken fixture: it must name the page and the element.</summary>
public sealed class HtmlGateNegativeTests(BrokenGateSite broken) : IClassFixture<BrokenGateSite>
{
    [Fact]
    public void An_image_without_alt_is_reported_with_its_page_and_element()
    {
        // print.html holds every chapter, so the broken chapter's image shows up there too, and nowhere else.
        var problems = HtmlValidator.Check(broken.Output);
        Assert.Equal(2, problems.Count);
        Assert.Single(problems, p => p.StartsWith("print.html(", StringComparison.Ordinal) && p.Contains("wcag/h37", StringComparison.Ordinal));
        var line = Assert.Single(problems, p => !p.StartsWith("print.html(", StringComparison.Ordinal));
        Assert.StartsWith(GateSites.BrokenPage + "(", line, StringComparison.Ordinal);
        Assert.Contains("wcag/h37", line, StringComparison.Ordinal);
        Assert.Contains("<img class=\"gate-photo\" src=\"gate-pixel.png\">", line, StringComparison.Ordinal);
    }
}
