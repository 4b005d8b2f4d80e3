using System.Text;
using PmGuideSite.Content;
using PmGuideSite.Output;

namespace PmGuideSite.Pages;

/// <summary>
/// Writes print.html while the other pages render: each chapter's and principle's body, once its own page has rendered
/// it, is moved to the site root (<see cref="PrintPage.FromPage"/>) and written into its place, in order.
/// </summary>
/// <remarks>
/// The build renders the sections' pages first, in print order (<see cref="Order"/>), so a body waits only for the few
/// rendered beside it. A body whose page was not rendered in this build is rendered for print.html at the end, as is
/// every body when the print layout does not show each section exactly once and in order.
/// </remarks>
internal sealed class PrintStreamer
{
    private static readonly UTF8Encoding s_utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly PageJob _job;
    private readonly PrintBodies _bodies;
    private readonly string _frame;
    private readonly List<(int Start, int End, int Index)> _placeholders;
    private readonly bool _inOrder;
    private readonly Stream _stream;
    private readonly StreamWriter _writer;
    private readonly Func<SiteFile> _entry;
    private readonly Dictionary<int, string> _waiting = [];
    private readonly Lock _gate = new();
    private int _next;
    private int _written;
    private bool _draining;

    private PrintStreamer(PageJob job, PrintBodies bodies, string frame, Stream stream, Func<SiteFile> entry)
    {
        _job = job;
        _bodies = bodies;
        _frame = frame;
        _placeholders = bodies.Placeholders(frame);
        _inOrder = _placeholders.Count == bodies.Count && _placeholders.Select(p => p.Index).SequenceEqual(Enumerable.Range(0, bodies.Count));
        _stream = stream;
        _writer = new StreamWriter(stream, s_utf8, bufferSize: 1 << 16, leaveOpen: true);
        _entry = entry;
    }

    /// <summary>Starts print.html from its templated page (with placeholders), into the staging folder or memory.</summary>
    public static PrintStreamer Start(PageJob job, PrintBodies bodies, string frame, IPageStage? stage)
    {
        if (stage is null)
        {
            var buffer = new MemoryStream();
            return new PrintStreamer(job, bodies, frame, buffer, () => new SiteFile.Utf8(buffer.ToArray()));
        }

        var staged = new HashingStream(stage.Create(job.OutputPath));
        return new PrintStreamer(job, bodies, frame, staged, () => new SiteFile.Staged(staged.Hash()));
    }

    /// <summary>The order to render <paramref name="jobs"/> in: the print sections' pages first, in print order.</summary>
    public int[] Order(IReadOnlyList<PageJob> jobs)
    {
        var rank = new int[jobs.Count];
        for (var i = 0; i < jobs.Count; i++)
        {
            rank[i] = jobs[i].Source is { } source && _bodies.IndexOf(source) is >= 0 and var index ? index : _bodies.Count + i;
        }

        var order = Enumerable.Range(0, jobs.Count).ToArray();
        Array.Sort(rank, order);
        return order;
    }

    /// <summary>A page's body has been rendered: if it is a print section, it is written (or waits for its turn).</summary>
    public void Offer(MarkdownSource source, string pageOutputPath, string bodyHtml)
    {
        if (!_inOrder || _bodies.IndexOf(source) is not (>= 0 and var index))
        {
            return;
        }

        var html = _bodies.FromPage(index, pageOutputPath, bodyHtml);
        lock (_gate)
        {
            if (index < _next)
            {
                return;
            }

            _waiting[index] = html;
            if (_draining)
            {
                // The thread writing now writes this body too when its turn comes; this one goes back to rendering.
                return;
            }

            _draining = true;
        }

        // One thread at a time writes, outside the lock: a render thread that offers a body while another writes
        // (encoding and writing 64 KiB at a time) only leaves it in the queue instead of waiting for the write.
        while (true)
        {
            string? body;
            int slot;
            lock (_gate)
            {
                if (!_waiting.Remove(_next, out body))
                {
                    _draining = false;
                    return;
                }

                slot = _next++;
            }

            WriteBody(slot, body);
        }
    }

    /// <summary>Writes what is left (rendering bodies no page offered) and closes the page.</summary>
    public RenderedPage Finish()
    {
        lock (_gate)
        {
            if (_inOrder)
            {
                while (_next < _placeholders.Count)
                {
                    WriteNext(_waiting.Remove(_next, out var ready) ? ready : _bodies.Render(_next));
                }

                _writer.Write(_frame.AsSpan(_written));
                _writer.Dispose();
            }
            else
            {
                _writer.Dispose();
                _bodies.WriteTo(_frame, _stream);
            }

            _stream.Dispose();
        }

        return new RenderedPage(_job, _entry(), null, [], SiteBuilder.IdsOf(_frame));
    }

    private void WriteNext(string body) => WriteBody(_next++, body);

    // Writes the frame up to the slot's placeholder, then the body; slots are written in order, by one thread at a time.
    private void WriteBody(int slot, string body)
    {
        var at = _placeholders[slot];
        _writer.Write(_frame.AsSpan(_written, at.Start - _written));
        _writer.Write(body);
        _written = at.End;
    }
}
