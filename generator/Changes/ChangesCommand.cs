using System.CommandLine;
using System.Globalization;
using System.Text;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Changes;

/// <summary>The <c>changes</c> command: the pages two builds differ in, as Markdown for a pull request's job summary.</summary>
internal static class ChangesCommand
{
    /// <summary>Creates the command writing to the given streams.</summary>
    public static Command Create(TextWriter output, TextWriter errors)
    {
        var command = new Command("changes", "List the pages added, removed or changed (in their <main> content) between two built sites, as Markdown, e.g. for $GITHUB_STEP_SUMMARY. Exit 0, or 2 when a folder is not a built site.");
        var oldSite = new Argument<string>("old-site") { Description = "The folder of the earlier build (for a pull request: its base branch's _site)." };
        var newSite = new Argument<string>("new-site") { Description = "The folder of the later build (the pull request's _site)." };
        command.Arguments.Add(oldSite);
        command.Arguments.Add(newSite);
        command.SetAction(r => Run(r.GetValue(oldSite)!, r.GetValue(newSite)!, output, errors));
        return command;
    }

    /// <summary>Compares the two folders and prints the Markdown list; returns the exit code.</summary>
    public static int Run(string oldSite, string newSite, TextWriter output, TextWriter errors)
    {
        foreach (var folder in new[] { oldSite, newSite })
        {
            if (!File.Exists(Path.Combine(folder, "index.html")))
            {
                errors.WriteLine($"pmguide: error {DiagnosticCodes.NotABuiltSite}: '{folder}' is not a built site (it has no index.html); pass two folders written by 'pmguide build'");
                return ExitCodes.UsageOrConfiguration;
            }
        }

        output.Write(Markdown(SiteComparison.Compare(oldSite, newSite)));
        return ExitCodes.Success;
    }

    /// <summary>The list as GitHub-flavoured Markdown: a heading, the counts, then one line per page.</summary>
    public static string Markdown(SiteChanges changes)
    {
        var text = new StringBuilder("### Pages this change affects\n\n");
        if (changes.Pages.Count == 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"No page's content changed ({changes.PagesCompared} pages compared).\n");
            return text.ToString();
        }

        var counts = Enum.GetValues<PageChangeKind>().Select(k => (Kind: k, Count: changes.Pages.Count(p => p.Kind == k))).Where(c => c.Count > 0)
            .Select(c => $"{c.Count} {c.Kind.ToString().ToLowerInvariant()}");
        text.Append(CultureInfo.InvariantCulture, $"{string.Join(", ", counts)} of {changes.PagesCompared} pages (compared by their main content).\n\n");
        text.Append("| | page | title |\n| --- | --- | --- |\n");
        foreach (var page in changes.Pages)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {page.Kind.ToString().ToLowerInvariant()} | `{page.Path.Replace("`", string.Empty, StringComparison.Ordinal)}` | {Escape(page.Title)} |\n");
        }

        return text.ToString();
    }

    // A title is content: in a table cell, Markdown and HTML in it must show as written.
    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text.ReplaceLineEndings(" "))
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '~' or '!' or '&')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
