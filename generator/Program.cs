using System.CommandLine;
using PmGuideSite.Cli;
using PmGuideSite.Diagnostics;

namespace PmGuideSite;

/// <summary>The command line: reads options and hands over to one runner per command.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        try
        {
            return CommandLine.Create(Console.Out, Console.Error).Run(args);
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"pmguide: error {DiagnosticCodes.InternalError}: unexpected failure: {ex.GetType().Name}: {ex.Message}");
            Console.Error.WriteLine("This is a bug in the generator, not in your content; please report it with the command you ran. Your previous _site/ is unchanged.");
            if (Environment.GetEnvironmentVariable("PMGUIDE_DEBUG") == "1")
            {
                Console.Error.WriteLine(ex);
            }

            return ExitCodes.UnexpectedCrash;
        }
    }
}
