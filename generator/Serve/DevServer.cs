using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace PmGuideSite.Serve;

/// <summary>
/// Serves the output folder on 127.0.0.1 with Kestrel (from the shared framework), plus the reserved
/// <c>/__pmguide/</c> files and event stream. Only GET and HEAD of files under the output folder are answered.
/// </summary>
internal sealed class DevServer : IAsyncDisposable
{
    private const int PortsToTry = 20;
    private readonly WebApplication _app;
    private readonly Func<string?> _outputDirectory;
    private readonly ReloadHub _hub;
    private readonly CancellationTokenSource _stopping = new();

    private DevServer(WebApplication app, Func<string?> outputDirectory, ReloadHub hub)
    {
        _app = app;
        _outputDirectory = outputDirectory;
        _hub = hub;
    }

    /// <summary>The port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The address to open in a browser.</summary>
    public string Address => $"http://127.0.0.1:{Port}/";

    /// <summary>
    /// Starts listening on <paramref name="port"/>, or the next free port when it is taken (0 lets the system choose).
    /// </summary>
    public static async Task<DevServer> StartAsync(int port, Func<string?> outputDirectory, ReloadHub hub, CancellationToken cancel)
    {
        for (var attempt = 0; ; attempt++)
        {
            var candidate = port == 0 ? 0 : port + attempt;
            var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
            builder.WebHost.UseKestrelCore();
            builder.WebHost.ConfigureKestrel(o =>
            {
                o.Listen(IPAddress.Loopback, candidate);
                o.AddServerHeader = false;
            });
            var app = builder.Build();
            var server = new DevServer(app, outputDirectory, hub);
            app.Run(server.HandleAsync);
            try
            {
                await app.StartAsync(cancel).ConfigureAwait(false);
            }
            catch (IOException) when (port != 0 && attempt + 1 < PortsToTry)
            {
                // Address in use: try the next port, as the option's help promises.
                await app.DisposeAsync().ConfigureAwait(false);
                continue;
            }

            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
                .Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
            server.Port = new Uri(address).Port;
            return server;
        }
    }

    /// <summary>Stops accepting requests and closes the event streams.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
        {
            await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        }

        await _app.DisposeAsync().ConfigureAwait(false);
        _stopping.Dispose();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        // The raw target, not the already-decoded and normalised PathString: traversal is judged on what was sent.
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        if (raw.StartsWith(ReloadClient.Prefix, StringComparison.Ordinal))
        {
            await ServeReservedAsync(raw[ReloadClient.Prefix.Length..], context).ConfigureAwait(false);
            return;
        }

        var output = _outputDirectory();
        var file = output is null ? null : RequestPath.Resolve(output, raw);
        if (file is null)
        {
            await NotFoundAsync(output, context).ConfigureAwait(false);
            return;
        }

        await SendFileAsync(file, StatusCodes.Status200OK, context).ConfigureAwait(false);
    }

    private async Task ServeReservedAsync(string name, HttpContext context)
    {
        var query = name.IndexOf('?', StringComparison.Ordinal);
        switch (query < 0 ? name : name[..query])
        {
            case "reload.js":
                await SendTextAsync(ReloadClient.Script, "text/javascript; charset=utf-8", context).ConfigureAwait(false);
                break;
            case "overlay.css":
                await SendTextAsync(ReloadClient.Style, "text/css; charset=utf-8", context).ConfigureAwait(false);
                break;
            case "events":
                context.Response.ContentType = "text/event-stream; charset=utf-8";
                context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
                await context.Response.Body.FlushAsync(context.RequestAborted).ConfigureAwait(false);
                using (var both = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping.Token))
                {
                    await _hub.StreamAsync(context.Response.Body, () => context.Response.Body.FlushAsync(both.Token), both.Token)
                        .ConfigureAwait(false);
                }

                break;
            default:
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static async Task NotFoundAsync(string? output, HttpContext context)
    {
        var page = output is null ? null : Path.Combine(output, "404.html");
        if (page is not null && File.Exists(page))
        {
            await SendFileAsync(page, StatusCodes.Status404NotFound, context).ConfigureAwait(false);
            return;
        }

        // No site has been built yet (the first build failed): a bare page that still carries the overlay script.
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        await SendTextAsync(ReloadClient.Inject("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not built yet</title></head><body><p>The site has not been built yet.</p></body></html>"),
            "text/html; charset=utf-8", context).ConfigureAwait(false);
    }

    private static async Task SendFileAsync(string file, int status, HttpContext context)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, context.RequestAborted).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Removed between the check and the read by a rebuild.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var type = RequestPath.ContentType(file);
        if (type.StartsWith("text/html", StringComparison.Ordinal))
        {
            // The script goes into responses only; the file on disk stays what build writes.
            bytes = Encoding.UTF8.GetBytes(ReloadClient.Inject(Encoding.UTF8.GetString(bytes)));
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted).ConfigureAwait(false);
        }
    }

    private static Task SendTextAsync(string text, string type, HttpContext context)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        context.Response.ContentType = type;
        context.Response.ContentLength = bytes.Length;
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }
}
