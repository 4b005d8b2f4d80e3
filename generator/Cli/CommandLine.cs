using System.CommandLine;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Cli;

/// <summary>Defines the commands and their options (System.CommandLine); no logic lives here.</summary>
internal sealed class CommandLine(RootCommand root, TextWriter output, TextWriter errors)
{
    /// <summary>Builds the command tree writing to the given streams.</summary>
    public static CommandLine Create(TextWriter output, TextWriter errors)
    {
        var root = new RootCommand("pmguide: builds the PM interview study site from site.yml, content/ and theme/ into a static folder that works from disk.");
        var build = new Command("build", "Build the site into the output folder (the default command). The previous output is replaced only if the build succeeds.");
        var check = new Command("check", "Check content, links and templates without writing anything; with --external, also the links to other sites. Exit code 0 when clean, 1 on errors.");
        var config = new Option<string>("--config", "-c") { Description = "Path to site.yml.", DefaultValueFactory = _ => "site.yml" };
        var outputOption = new Option<string?>("--output", "-o") { Description = "Output folder (default: _site beside site.yml)." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print only diagnostics and the summary line." };
        var format = new Option<string?>("--format") { Description = "Diagnostic format: 'msbuild' (default) or 'github' (adds workflow annotations; automatic when GITHUB_ACTIONS=true)." };
        format.AcceptOnlyFromAmong("msbuild", "github");
        var strict = new Option<bool>("--strict") { Description = "Treat warnings as errors." };
        var external = new Option<bool>("--external")
        {
            Description = "Also ask other sites whether the content's external links work (HEAD, else GET; 8 requests at once, 2 per host, "
                + "10 s timeout, 2 retries); broken ones are warnings (PG5006). Recent successes are kept in .pmguide-cache/external-links.json.",
        };
        var maxAge = new Option<double>("--external-max-age")
        {
            Description = "Hours an external link that worked is trusted from the cache without asking again (default 24; 0 asks every time).",
            DefaultValueFactory = _ => 24,
        };
        maxAge.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double>() is < 0 or > 24 * 365)
            {
                r.AddError("--external-max-age must be between 0 and 8760 hours.");
            }
        });

        foreach (var command in new[] { build, check })
        {
            command.Options.Add(config);
            command.Options.Add(quiet);
            command.Options.Add(format);
            command.Options.Add(strict);
        }

        build.Options.Add(outputOption);
        check.Options.Add(external);
        check.Options.Add(maxAge);
        root.Options.Add(config);
        root.Options.Add(outputOption);
        root.Options.Add(quiet);

        build.SetAction(r => BuildRunner.Run(Options(r, config, outputOption, quiet, format, strict), write: true, output, errors));
        check.SetAction(r => BuildRunner.Run(Options(r, config, null, quiet, format, strict) with
        {
            External = r.GetValue(external) ? new External.ExternalCheckOptions { MaxAge = TimeSpan.FromHours(r.GetValue(maxAge)) } : null,
        }, write: false, output, errors));
        root.SetAction(r => BuildRunner.Run(Options(r, config, outputOption, quiet, null, null), write: true, output, errors));
        root.Subcommands.Add(build);
        root.Subcommands.Add(check);
        root.Subcommands.Add(LintCommand(config, output, errors));
        root.Subcommands.Add(Serve.ServeCommand.Create(config, outputOption, quiet, strict, output, errors));
        root.Subcommands.Add(Authoring.NewCommand.Create(config, output, errors));
        root.Subcommands.Add(Changes.ChangesCommand.Create(output, errors));
        return new CommandLine(root, output, errors);
    }

    /// <summary>Parses and runs; bad arguments exit with code 2.</summary>
    public int Run(string[] args)
    {
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                errors.WriteLine($"pmguide: error PG1000: {error.Message}");
            }

            errors.WriteLine("Run 'pmguide --help' to see the commands and options.");
            return ExitCodes.UsageOrConfiguration;
        }

        // serve handles Ctrl+C itself (a clean shutdown); System.CommandLine's own handler would race it to exit.
        // Crashes reach Program.Main's handler (exit code 3) instead of System.CommandLine's.
        return parse.Invoke(new InvocationConfiguration { Output = output, Error = errors, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null });
    }

    private static Command LintCommand(Option<string> config, TextWriter output, TextWriter errors)
    {
        var lint = new Command("lint", "Check a written answer against content/rubric.yml; prints a diagnostic per finding. Exit 1 when a finding of error level exists.");
        var file = new Argument<string>("file") { Description = "The answer as a text file, or '-' to read standard input." };
        var rubric = new Option<string?>("--rubric") { Description = "A rubric file to use instead of rubric.yml in the site's content folder." };
        var question = new Option<string?>("--question") { Description = "The question the answer answers; adds the rules that check the answer fits it." };
        var level = new Option<string?>("--level") { Description = "The question's level (L5, L6 or L7); adds the rules for that level's scope." };
        lint.Arguments.Add(file);
        lint.Options.Add(config);
        lint.Options.Add(rubric);
        lint.Options.Add(question);
        lint.Options.Add(level);
        lint.SetAction(r => Lint.LintRunner.Run(
            new Lint.LintOptions(r.GetValue(file)!, r.GetValue(config) ?? "site.yml", r.GetValue(rubric), r.GetValue(question), r.GetValue(level)), Console.In, output, errors));
        return lint;
    }

    private static BuildOptions Options(ParseResult r, Option<string> config, Option<string?>? outputOption, Option<bool> quiet,
        Option<string?>? format, Option<bool>? strict) =>
        new(r.GetValue(config) ?? "site.yml",
            outputOption is null ? null : r.GetValue(outputOption),
            r.GetValue(quiet),
            format is null ? null : r.GetValue(format),
            strict is not null && r.GetValue(strict));
}
