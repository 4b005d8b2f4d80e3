using System.CommandLine;

namespace PmGuideSite.Authoring;

/// <summary>Defines the <c>new</c> command.</summary>
internal static class NewCommand
{
    /// <summary>Creates the command writing to the given streams.</summary>
    public static Command Create(Option<string> config, TextWriter output, TextWriter errors)
    {
        var command = new Command("new", "Scaffold a chapter, principle or example with every required field and a comment on each, or add a question to a principle's bank. Never overwrites a file.");
        var kind = new Argument<string>("kind") { Description = "chapter, question, example or principle." };
        kind.AcceptOnlyFromAmong(NewRunner.Kinds);
        var name = new Argument<string?>("name")
        {
            Description = "The new file's name (its id), for example 'pricing-stories'; for 'question', the principle id. Default: a fresh 'new-<kind>' name.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var principle = new Option<string?>("--principle") { Description = "example: pick the first question of this principle; question: the bank's principle." };
        var question = new Option<string?>("--question") { Description = "example: the question id the example answers." };
        command.Arguments.Add(kind);
        command.Arguments.Add(name);
        command.Options.Add(config);
        command.Options.Add(principle);
        command.Options.Add(question);
        command.SetAction(r => NewRunner.Run(
            new NewOptions(r.GetValue(config) ?? "site.yml", r.GetValue(kind)!, r.GetValue(name), r.GetValue(principle), r.GetValue(question)),
            output, errors));
        return command;
    }
}
