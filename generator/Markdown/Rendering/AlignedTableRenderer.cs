using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PmGuideSite.Markdown.Rendering;

/// <summary>
/// Writes pipe tables inside <c>div.table-wrap</c> (which scrolls sideways on a phone) and aligns columns with
/// <c>align-*</c> classes: Markdig's default <c>style</c> attributes are blocked by the Content-Security-Policy.
/// </summary>
internal sealed class AlignedTableRenderer : HtmlObjectRenderer<Table>
{
    protected override void Write(HtmlRenderer renderer, Table table)
    {
        renderer.EnsureLine();
        renderer.Write("<div class=\"table-wrap\"><table").WriteAttributes(table).WriteLine('>');

        // Column widths (<col style>) are left out for the same reason; pipe tables here never infer them.
        var headOpen = false;
        var hadHead = false;
        var bodyOpen = false;
        foreach (var rowObject in table)
        {
            var row = (TableRow)rowObject;
            if (row.IsHeader)
            {
                if (!hadHead)
                {
                    renderer.WriteLine("<thead>");
                    headOpen = true;
                    hadHead = true;
                }
            }
            else if (!bodyOpen)
            {
                if (headOpen)
                {
                    renderer.WriteLine("</thead>");
                    headOpen = false;
                }

                renderer.WriteLine("<tbody>");
                bodyOpen = true;
            }

            renderer.Write("<tr").WriteAttributes(row).WriteLine('>');
            for (var i = 0; i < row.Count; i++)
            {
                WriteCell(renderer, table, row, (TableCell)row[i], i);
            }

            renderer.WriteLine("</tr>");
        }

        if (bodyOpen)
        {
            renderer.WriteLine("</tbody>");
        }
        else if (headOpen)
        {
            renderer.WriteLine("</thead>");
        }

        renderer.WriteLine("</table></div>");
    }

    private static void WriteCell(HtmlRenderer renderer, Table table, TableRow row, TableCell cell, int position)
    {
        var tag = row.IsHeader ? "th" : "td";
        renderer.EnsureLine();
        renderer.Write('<').Write(tag);
        if (cell.ColumnSpan != 1)
        {
            renderer.Write(" colspan=\"").Write(cell.ColumnSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        }

        if (cell.RowSpan != 1)
        {
            renderer.Write(" rowspan=\"").Write(cell.RowSpan.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write('"');
        }

        if (AlignmentClass(table, cell, position) is { } align)
        {
            var attributes = new HtmlAttributes();
            cell.TryGetAttributes()?.CopyTo(attributes);
            attributes.AddClass(align);
            renderer.WriteAttributes(attributes);
        }
        else
        {
            renderer.WriteAttributes(cell);
        }

        renderer.Write('>');
        var implicitParagraph = renderer.ImplicitParagraph;
        if (cell.Count == 1)
        {
            renderer.ImplicitParagraph = true;
        }

        renderer.WriteChildren(cell);
        renderer.ImplicitParagraph = implicitParagraph;
        renderer.Write("</").Write(tag).WriteLine(">");
    }

    private static string? AlignmentClass(Table table, TableCell cell, int position)
    {
        var columns = table.ColumnDefinitions;
        if (columns.Count == 0)
        {
            return null;
        }

        var index = cell.ColumnIndex >= 0 && cell.ColumnIndex < columns.Count ? cell.ColumnIndex : position;
        return columns[Math.Min(index, columns.Count - 1)].Alignment switch
        {
            TableColumnAlign.Left => "align-left",
            TableColumnAlign.Center => "align-center",
            TableColumnAlign.Right => "align-right",
            _ => null,
        };
    }
}
