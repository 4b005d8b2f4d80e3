using PmGuideSite.Content;
using PmGuideSite.Diagnostics;
using PmGuideSite.Text;

namespace PmGuideSite.Validation;

/// <summary>Checks that ids are unique and that every reference names something that exists.</summary>
internal static class CrossReferences
{
    /// <summary>Reports duplicate ids and unknown principle, question and example references.</summary>
    public static void Check(ContentSet content, DiagnosticBag diagnostics)
    {
        // References to something whose file failed to load depend on that failure, which was reported: they are skipped.
        var unloaded = content.Unloaded;
        var principleIds = content.Principles.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var exampleIds = content.Examples.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal);
        var examplePrinciples = content.Examples.GroupBy(e => e.Slug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Principle.Value, StringComparer.Ordinal);
        var questions = new Dictionary<string, Question>(StringComparer.Ordinal);
        foreach (var question in content.Questions)
        {
            if (questions.TryGetValue(question.Id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId,
                    $"the question id '{question.Id}' is already used at {first.Span.Path}({first.Span.Line},{first.Span.Column}); ids must be unique",
                    question.Span);
            }
            else
            {
                questions.Add(question.Id, question);
            }
        }

        foreach (var bank in content.Banks)
        {
            RequirePrinciple(bank.Principle, principleIds, unloaded, diagnostics);
            foreach (var question in bank.Questions)
            {
                foreach (var example in question.ExampleRefs)
                {
                    if (unloaded.Examples.Contains(example.Value))
                    {
                        continue;
                    }

                    if (!exampleIds.Contains(example.Value))
                    {
                        diagnostics.Error(DiagnosticCodes.UnknownExampleRef,
                            $"unknown example '{example.Value}'{Suggest.Hint(example.Value, exampleIds)}", example.Span);
                    }
                    else if (examplePrinciples[example.Value] is var other && other != question.PrincipleId && principleIds.Contains(other))
                    {
                        // The same rule as an example naming a question of another principle, seen from the question's side.
                        diagnostics.Error(DiagnosticCodes.PrincipleMismatch,
                            $"example '{example.Value}' is about '{other}', but this question belongs to '{question.PrincipleId}'; list it under a question of '{other}'",
                            example.Span);
                    }
                }
            }
        }

        foreach (var chapter in content.Chapters)
        {
            foreach (var principle in chapter.Principles)
            {
                RequirePrinciple(principle, principleIds, unloaded, diagnostics);
            }
        }

        foreach (var example in content.Examples)
        {
            RequirePrinciple(example.Principle, principleIds, unloaded, diagnostics);
            if (unloaded.Questions.Contains(example.Question.Value) && !questions.ContainsKey(example.Question.Value))
            {
                continue;
            }

            if (!questions.TryGetValue(example.Question.Value, out var question))
            {
                diagnostics.Error(DiagnosticCodes.UnknownQuestionRef,
                    $"unknown question '{example.Question.Value}'{Suggest.Hint(example.Question.Value, questions.Keys)}", example.Question.Span);
            }
            else if (question.PrincipleId != example.Principle.Value && principleIds.Contains(example.Principle.Value))
            {
                diagnostics.Error(DiagnosticCodes.PrincipleMismatch,
                    $"question '{question.Id}' belongs to '{question.PrincipleId}', but this example says principle '{example.Principle.Value}'",
                    example.Principle.Span);
            }
        }

        // A bank that failed to load has already been reported; do not also call it missing.
        var bankIds = content.Banks.Select(b => b.PrincipleId).ToHashSet(StringComparer.Ordinal);
        foreach (var principle in content.Principles.Where(p => !bankIds.Contains(p.Id) && !unloaded.Banks.Contains(p.Id)))
        {
            diagnostics.Warning(DiagnosticCodes.MissingPrincipleContent,
                $"principle '{principle.Id}' has no question bank; add content/questions/{principle.Id}.yml", principle.Span);
        }
    }

    private static void RequirePrinciple(Located<string> reference, HashSet<string> principleIds, UnloadedContent unloaded, DiagnosticBag diagnostics)
    {
        if (!principleIds.Contains(reference.Value) && !unloaded.Principles.Contains(reference.Value))
        {
            diagnostics.Error(DiagnosticCodes.UnknownPrincipleRef,
                $"unknown principle '{reference.Value}'{Suggest.Hint(reference.Value, principleIds)}", reference.Span);
        }
    }
}
