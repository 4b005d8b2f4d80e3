using System.CommandLine;

namespace PmGuideSite.Serve;

/// <summary>Defines the <c>serve</c> command; it shares --config, --output, --quiet and --strict with build.</summary>
internal static class ServeCommand
{
    /// <summary>The default port (the next free one is used when it is taken).</summary>
    public const int DefaultPort = 5000;

    /// <summary>Creates the command writing to the given streams.</summary>
    public static Command Create(Option<string> config, Option<string?> outputOption, Option<bool> quiet, Option<bool> strict,
        TextWriter output, TextWriter errors)
    {
        var serve = new Command("serve", "Build, then serve the site on 127.0.0.1, rebuild when content/, the theme or site.yml change, and reload open pages. Ctrl+C stops.");
        var port = new Option<int>("--port", "-p")
        {
            Description = $"Port to listen on (default {DefaultPort}; the next free one if taken; 0 lets the system choose).",
            DefaultValueFactory = _ => DefaultPort,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValue(port) is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535");
            }
        });
        serve.Options.Add(config);
        serve.Options.Add(outputOption);
        serve.Options.Add(quiet);
        serve.Options.Add(strict);
        serve.Options.Add(port);
        serve.SetAction((r, cancel) => Task.FromResult(ServeRunner.Run(
            new ServeOptions(r.GetValue(config) ?? "site.yml", r.GetValue(outputOption), r.GetValue(port), r.GetValue(strict), r.GetValue(quiet)),
            output, errors, cancel)));
        return serve;
    }
}
