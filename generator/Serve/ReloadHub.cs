using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Channels;
using PmGuideSite.Diagnostics;

namespace PmGuideSite.Serve;

/// <summary>
/// The server-sent-event side of live reload: every open page holds one stream; a successful rebuild sends
/// <c>reload</c> with the changed paths, a failed one sends <c>errors</c> with the diagnostics for the overlay.
/// A page that connects while the build is broken gets the errors at once.
/// </summary>
internal sealed partial class ReloadHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<string>> _clients = [];
    private string? _currentErrors;

    /// <summary>Number of pages listening.</summary>
    public int ClientCount
    {
        get
        {
            lock (_gate)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>Tells every page about a finished rebuild.</summary>
    public void Publish(RebuildOutcome outcome)
    {
        string message;
        lock (_gate)
        {
            if (outcome.Succeeded)
            {
                _currentErrors = null;
                message = Event("reload", JsonSerializer.Serialize(new ReloadMessage(outcome.Changed), MessageJson.Default.ReloadMessage));
            }
            else
            {
                _currentErrors = Event("errors", ErrorsJson(outcome.Diagnostics));
                message = _currentErrors;
            }

            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    /// <summary>Streams events to one page until it disconnects or the server stops.</summary>
    public async Task StreamAsync(Stream body, Func<Task> flush, CancellationToken cancel)
    {
        var channel = Channel.CreateBounded<string>(new BoundedChannelOptions(64) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (_gate)
        {
            _clients.Add(channel);
            channel.Writer.TryWrite(_currentErrors ?? Event("ok", "{}"));
        }

        try
        {
            // A comment line every 15 s keeps proxies and the browser from closing an idle stream.
            using var keepAlive = new PeriodicTimer(TimeSpan.FromSeconds(15));
            var tick = keepAlive.WaitForNextTickAsync(cancel).AsTask();
            while (!cancel.IsCancellationRequested)
            {
                var read = channel.Reader.WaitToReadAsync(cancel).AsTask();
                var done = await Task.WhenAny(read, tick).ConfigureAwait(false);
                var text = new StringBuilder();
                if (done == tick)
                {
                    await tick.ConfigureAwait(false);
                    text.Append(": keep-alive\n\n");
                    tick = keepAlive.WaitForNextTickAsync(cancel).AsTask();
                }

                while (channel.Reader.TryRead(out var message))
                {
                    text.Append(message);
                }

                if (text.Length > 0)
                {
                    await body.WriteAsync(Encoding.UTF8.GetBytes(text.ToString()), cancel).ConfigureAwait(false);
                    await flush().ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page closed or the server is stopping.
        }
        catch (IOException)
        {
            // The connection dropped.
        }
        finally
        {
            lock (_gate)
            {
                _clients.Remove(channel);
            }
        }
    }

    /// <summary>The diagnostics as the overlay shows them: MSBuild lines, errors first.</summary>
    public static string ErrorsJson(IReadOnlyList<Diagnostic> diagnostics) =>
        JsonSerializer.Serialize(new ErrorsMessage(diagnostics
            .OrderBy(d => d.Severity == Severity.Error ? 0 : 1)
            .Select(d => new OverlayLine(d.Severity == Severity.Error ? "error" : "warning", d.ToMsBuildString()))
            .ToList()), MessageJson.Default.ErrorsMessage);

    private static string Event(string name, string json) => $"event: {name}\ndata: {json}\n\n";

    /// <summary>The payload of a reload event.</summary>
    private sealed record ReloadMessage(IReadOnlyList<string> Changed);

    /// <summary>The payload of an errors event.</summary>
    private sealed record ErrorsMessage(IReadOnlyList<OverlayLine> Diagnostics);

    /// <summary>One diagnostic line of the overlay.</summary>
    private sealed record OverlayLine(string Severity, string Text);

    /// <summary>The events' JSON (camelCase, as the reload script reads it), written by source-generated code.</summary>
    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
    [JsonSerializable(typeof(ReloadMessage))]
    [JsonSerializable(typeof(ErrorsMessage))]
    private sealed partial class MessageJson : JsonSerializerContext;
}
