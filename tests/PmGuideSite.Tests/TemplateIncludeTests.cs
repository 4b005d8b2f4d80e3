using PmGuideSite.Diagnostics;
using PmGuideSite.Templates;
using Scriban;
using ScribanSpan = Scriban.Parsing.SourceSpan;
using Scriban.Runtime;

namespace PmGuideSite.Tests;

/// <summary>
/// Our <c>include</c> writes a partial straight into the page (<see cref="InPlaceInclude"/>); these pin it to Scriban's
/// built-in include, character for character, including the auto-indent Scriban gives an indented include.
/// </summary>
public sealed class TemplateIncludeTests : IDisposable
{
    private static readonly Dictionary<string, string> s_partials = new()
    {
        ["partials/block.html"] = "<nav>\n  <a>x</a>\n\n  <b>y</b>\n</nav>\n",
        ["partials/two-lines.html"] = "line1\nline2",
        ["partials/loop.html"] = "{{ for i in 1..2 }}\n  item{{ i }}\n{{ end }}",
        ["partials/blank-line.html"] = "one\n   \ntwo\n",
        ["partials/nested.html"] = "<div>\n  {{ include 'partials/block.html' }}\n  <p>{{ list_class }}</p>\n</div>\n",
        ["partials/value.html"] = "{{ 'v' + list_class }}",
        ["partials/args.html"] = "[{{ $1 }}]",
        ["partials/empty.html"] = "",
    };

    public static TheoryData<string> Layouts() =>
    [
        "A\n  {{ include 'partials/block.html' }}\nB\n",
        "A\n    {{ include 'partials/two-lines.html' }} tail\nB",
        "x {{ include 'partials/two-lines.html' }}\n",
        "  {{ include 'partials/loop.html' }}\nZ",
        "\t{{ include 'partials/blank-line.html' }}|",
        "  {{~ include 'partials/block.html' ~}}\nE",
        "  {{ include 'partials/block.html' }}{{ include 'partials/two-lines.html' }}\nE",
        "<main>\n    {{ include 'partials/nested.html' }}\n</main>\n",
        "{{ list_class = 'c1'; include 'partials/nested.html' }}|{{ list_class = 'c2' }}{{ include 'partials/value.html' }}",
        "{{ x = include 'partials/block.html' }}[{{ x | string.size }}]{{ include 'partials/two-lines.html' | string.upcase }}",
        "  {{ include 'partials/args.html' 'first' }}|{{ include 'partials/empty.html' }}|",
    ];

    private readonly DirectoryInfo _theme = Directory.CreateTempSubdirectory("pmguide-include-");

    public TemplateIncludeTests()
    {
        foreach (var (name, text) in s_partials)
        {
            var path = Path.Combine(_theme.FullName, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
    }

    public void Dispose() => _theme.Delete(recursive: true);

    [Theory]
    [MemberData(nameof(Layouts))]
    public void An_include_renders_as_Scribans_own_include_does(string layout)
    {
        WriteLayout(layout);
        var expected = RenderWithBuiltInInclude(layout);
        var diagnostics = new DiagnosticBag();
        var renderer = new TemplateRenderer(new Theme(_theme.FullName, null), diagnostics);

        // Twice: the first render parses the partials, the second finds them cached.
        Assert.Equal(expected, renderer.Render("test", Globals()));
        Assert.Equal(expected, renderer.Render("test", Globals()));
        Assert.Empty(diagnostics.Sorted());
    }

    [Fact]
    public void Partials_that_include_each_other_in_a_circle_give_an_error_not_a_crash()
    {
        File.WriteAllText(Path.Combine(_theme.FullName, "partials", "a.html"), "a{{ include 'partials/b.html' }}");
        File.WriteAllText(Path.Combine(_theme.FullName, "partials", "b.html"), "b\n  {{ include 'partials/a.html' }}");
        WriteLayout("{{ include 'partials/a.html' }}");
        var diagnostics = new DiagnosticBag();

        var html = new TemplateRenderer(new Theme(_theme.FullName, null), diagnostics).Render("test", Globals());

        Assert.Null(html);
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.TemplateRuntime, error.Code);
        Assert.Contains("include each other in a circle", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("b.html", error.Span?.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_longer_than_a_million_characters_is_written_whole()
    {
        WriteLayout("<main>{{ content }}</main>");
        var content = new string('x', 1_500_000);
        var globals = Globals();
        globals["content"] = content;

        var html = new TemplateRenderer(new Theme(_theme.FullName, null), new DiagnosticBag()).Render("test", globals);

        Assert.Equal($"<main>{content}</main>", html);
    }

    [Fact]
    public void An_indented_value_is_written_as_it_is_so_preformatted_lines_keep_their_spaces()
    {
        WriteLayout("<main>\n  {{ content }}\n</main>");
        var globals = Globals();
        globals["content"] = "<pre><code>select 1\nfrom t\n</code></pre>\n<p>x</p>";

        var html = new TemplateRenderer(new Theme(_theme.FullName, null), new DiagnosticBag()).Render("test", globals);

        Assert.Equal("<main>\n  <pre><code>select 1\nfrom t\n</code></pre>\n<p>x</p>\n</main>", html);
    }

    private void WriteLayout(string text)
    {
        Directory.CreateDirectory(Path.Combine(_theme.FullName, "layouts"));
        File.WriteAllText(Path.Combine(_theme.FullName, "layouts", "test.html"), text);
    }

    private static Dictionary<string, object?> Globals() => new(StringComparer.Ordinal) { ["list_class"] = "c0" };

    private string RenderWithBuiltInInclude(string layout)
    {
        var context = new TemplateContext { TemplateLoader = new FolderLoader(_theme.FullName), EnableRelaxedMemberAccess = true, AutoIndent = false };
        var globals = new ScriptObject { ["list_class"] = "c0" };
        context.PushGlobal(globals);
        return Template.Parse(layout).Render(context);
    }

    private sealed class FolderLoader(string root) : ITemplateLoader
    {
        public string GetPath(TemplateContext context, ScribanSpan callerSpan, string templateName) => Path.Combine(root, templateName);

        public string? Load(TemplateContext context, ScribanSpan callerSpan, string templatePath) => File.ReadAllText(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, ScribanSpan callerSpan, string templatePath) =>
            new(Load(context, callerSpan, templatePath));
    }
}
