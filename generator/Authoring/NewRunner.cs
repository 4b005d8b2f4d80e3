using System.Globalization;
using System.Text.RegularExpressions;
using PmGuideSite.Config;
using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;
using YamlDotNet.RepresentationModel;

namespace PmGuideSite.Authoring;

/// <summary>The options of the new command.</summary>
internal sealed record NewOptions(string ConfigPath, string Kind, string? Name, string? Principle, string? Question);

/// <summary>Runs <c>new</c>: scaffolds a chapter, principle or example file, or appends a question to its bank.</summary>
internal static partial class NewRunner
{
    /// <summary>The kinds <c>new</c> can scaffold.</summary>
    public static readonly string[] Kinds = ["chapter", "question", "example", "principle"];

    /// <summary>Scaffolds and returns the exit code (0 done, 2 refused).</summary>
    public static int Run(NewOptions options, TextWriter output, TextWriter errors)
    {
        var diagnostics = new DiagnosticBag();
        var config = ConfigLoader.Load(options.ConfigPath, diagnostics);
        if (config is null)
        {
            return Fail(diagnostics, errors);
        }

        // Ids already in use are read from the content as it is; content errors elsewhere must not block scaffolding.
        var content = ContentLoader.Load(config, new DiagnosticBag());
        var created = options.Kind switch
        {
            "chapter" => NewChapter(config, content, options.Name, diagnostics),
            "principle" => NewPrinciple(config, content, options.Name, diagnostics),
            "example" => NewExample(config, content, options, diagnostics),
            _ => NewQuestion(config, content, options.Principle ?? options.Name, diagnostics),
        };
        if (created is null)
        {
            return Fail(diagnostics, errors);
        }

        output.WriteLine(created);
        return ExitCodes.Success;
    }

    private static string? NewChapter(SiteConfig config, ContentSet content, string? name, DiagnosticBag diagnostics)
    {
        var slug = Slug(config, "chapters", ".md", name, "new-chapter", diagnostics);
        if (slug is null)
        {
            return null;
        }

        var order = content.Chapters.Select(c => c.Order).DefaultIfEmpty(0).Max() + 1;
        return Create(config, $"chapters/{slug}.md", Scaffolds.Chapter(slug, order), diagnostics);
    }

    private static string? NewPrinciple(SiteConfig config, ContentSet content, string? name, DiagnosticBag diagnostics)
    {
        var id = Slug(config, "principles", ".md", name, "new-principle", diagnostics);
        if (id is null)
        {
            return null;
        }

        var order = content.Principles.Select(p => p.Order).DefaultIfEmpty(0).Max() + 1;
        return Create(config, $"principles/{id}.md", Scaffolds.Principle(id, order), diagnostics);
    }

    private static string? NewExample(SiteConfig config, ContentSet content, NewOptions options, DiagnosticBag diagnostics)
    {
        // The question decides the principle; without one, the first question of the first bank is a valid start.
        var questions = content.Questions.ToList();
        Question? question;
        if (options.Question is { } wanted)
        {
            question = questions.FirstOrDefault(q => q.Id == wanted);
            if (question is null)
            {
                diagnostics.Error(DiagnosticCodes.NewRefused, $"unknown question '{wanted}'{Suggest.Hint(wanted, questions.Select(q => q.Id).ToList())}", null);
                return null;
            }
        }
        else
        {
            question = questions.FirstOrDefault(q => options.Principle is null || q.PrincipleId == options.Principle);
            if (question is null)
            {
                diagnostics.Error(DiagnosticCodes.NewRefused,
                    options.Principle is null
                        ? "an example answers a question, and there are no questions yet; add one with 'pmguide new question <principle>'"
                        : $"principle '{options.Principle}' has no questions; add one with 'pmguide new question {options.Principle}'", null);
                return null;
            }
        }

        var slug = Slug(config, "examples", ".md", options.Name, "new-example", diagnostics);
        return slug is null ? null : Create(config, $"examples/{slug}.md", Scaffolds.Example(slug, question.PrincipleId, question), diagnostics);
    }

    private static string? NewQuestion(SiteConfig config, ContentSet content, string? principle, DiagnosticBag diagnostics)
    {
        var principles = content.Principles.Select(p => p.Id).ToList();
        if (principle is null || !principles.Contains(principle))
        {
            var hint = principle is null ? string.Empty : $"unknown principle '{principle}'{Suggest.Hint(principle, principles)}; ";
            diagnostics.Error(DiagnosticCodes.NewRefused,
                $"{hint}name the principle whose bank gets the question: pmguide new question <principle> (one of: {string.Join(", ", principles)})", null);
            return null;
        }

        // Fresh id: the next two-digit number after the highest '<principle>-NN' used by any bank.
        var pattern = new Regex("^" + Regex.Escape(principle) + "-(\\d+)$", RegexOptions.CultureInvariant);
        var used = content.Questions.Select(q => q.Id).ToHashSet(StringComparer.Ordinal);
        var next = used.Select(id => pattern.Match(id)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).DefaultIfEmpty(0).Max() + 1;
        var id = $"{principle}-{next.ToString("00", CultureInfo.InvariantCulture)}";
        while (used.Contains(id))
        {
            next++;
            id = $"{principle}-{next.ToString("00", CultureInfo.InvariantCulture)}";
        }

        var path = Path.Combine(config.ContentDirectory, "questions", principle + ".yml");
        if (!File.Exists(path))
        {
            return Create(config, $"questions/{principle}.yml", Scaffolds.Bank(principle, id), diagnostics) is { } created
                ? $"{created} (a new question bank with question '{id}')"
                : null;
        }

        var text = File.ReadAllText(path);
        var updated = BankEditor.Append(text, id, DisplayPath.For(path), diagnostics);
        if (updated is null)
        {
            return null;
        }

        File.WriteAllText(path, updated, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: text.StartsWith('\uFEFF')));
        return $"Added question '{id}' to {DisplayPath.For(path)}";
    }

    // The name a contributor gave, checked; or a fresh default (new-chapter, new-chapter-2, …).
    private static string? Slug(SiteConfig config, string folder, string extension, string? name, string fallback, DiagnosticBag diagnostics)
    {
        if (name is not null)
        {
            if (ContentLoader.IdProblem(name) is { } problem)
            {
                diagnostics.Error(DiagnosticCodes.NewRefused, $"the name '{(name.Length > 40 ? name[..40] + "…" : name)}' {problem}", null);
                return null;
            }

            return name;
        }

        var candidate = fallback;
        for (var i = 2; File.Exists(Path.Combine(config.ContentDirectory, folder, candidate + extension)); i++)
        {
            candidate = $"{fallback}-{i}";
        }

        return candidate;
    }

    private static string? Create(SiteConfig config, string relative, string text, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(config.ContentDirectory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        try
        {
            // CreateNew: the check and the creation are one step, so an existing file is never overwritten.
            using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            writer.Write(text);
        }
        catch (IOException) when (File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.NewWouldOverwrite, $"'{DisplayPath.For(path)}' already exists; new never overwrites a file: choose another name", null);
            return null;
        }

        return $"Created {DisplayPath.For(path)}";
    }

    private static int Fail(DiagnosticBag diagnostics, TextWriter errors)
    {
        foreach (var diagnostic in diagnostics.Sorted())
        {
            errors.WriteLine(diagnostic.ToMsBuildString());
        }

        return ExitCodes.UsageOrConfiguration;
    }
}
