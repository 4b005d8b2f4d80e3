using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PmGuideSite.Text;

namespace PmGuideSite.Markdown.Rendering;

/// <summary>
/// Gives every task-list checkbox an accessible name, or screen readers announce "checkbox, not checked" and nothing
/// else. When the rest of the item is plain text and inline markup, checkbox and text go into one <c>label</c>
/// (<see cref="TaskLabel"/>); otherwise the checkbox gets the item's text as its <c>aria-label</c>.
/// </summary>
internal static class TaskListLabels
{
    /// <summary>Runs over a parsed document, before rendering.</summary>
    public static void Apply(MarkdownDocument document) => Visit(document);

    // Checkboxes are parsed only in the text of list items, so only that text is searched (most pages have none).
    private static void Visit(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is ContainerBlock child)
            {
                Visit(child);
            }
            else if (container is ListItemBlock && block is LeafBlock { Inline: { } inline })
            {
                foreach (var task in inline.Descendants<TaskList>().ToList())
                {
                    Label(task);
                }
            }
        }
    }

    private static void Label(TaskList task)
    {
        if (task.Parent is not { } container)
        {
            return;
        }

        var leaf = container.Parent is null ? container.ParentBlock : null;

        // In a tight list a paragraph writes no <p>: the list item is the checkbox's parent element, so the item's
        // later blocks are its siblings as well.
        var item = leaf is ParagraphBlock { Parent: ListItemBlock { Parent: ListBlock { IsLoose: false } } listItem } ? listItem : null;
        if (AllPhrasing(task.NextSibling) && (item is null || NothingAfter(item, leaf!)))
        {
            var label = new TaskLabel();
            task.InsertBefore(label);
            for (Inline? node = task; node is not null;)
            {
                var next = node.NextSibling;
                node.Remove();
                label.AppendChild(node);
                node = next;
            }

            return;
        }

        var text = item is not null ? PlainText.Of(item) : PlainText.Of(leaf?.Inline ?? container);
        task.GetAttributes().AddProperty("aria-label", Whitespace.Collapse(text));
    }

    // What a label may hold here: text and the inline elements Markdown writes, except images (and raw HTML, unknown).
    private static bool AllPhrasing(Inline? first)
    {
        for (var node = first; node is not null; node = node.NextSibling)
        {
            var phrasing = node switch
            {
                LinkInline link => !link.IsImage,
                LiteralInline or HtmlEntityInline or CodeInline or LineBreakInline or AutolinkInline or FootnoteLink or EmphasisInline => true,
                _ => false,
            };
            if (!phrasing)
            {
                return false;
            }
        }

        return true;
    }

    private static bool NothingAfter(ListItemBlock item, Block leaf)
    {
        for (var i = item.IndexOf(leaf) + 1; i < item.Count; i++)
        {
            if (item[i] is not (LinkReferenceDefinitionGroup or LinkReferenceDefinition or BlankLineBlock))
            {
                return false;
            }
        }

        return true;
    }
}
