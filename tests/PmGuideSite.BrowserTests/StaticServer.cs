using System.Net;
using System.Net.Sockets;

namespace PmGuideSite.BrowserTests;

/// <summary>A loopback static file server that hosts the built site under a sub-path, as a static host would.</summary>
internal sealed class StaticServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly CancellationTokenSource _stop = new();
    private int _requests;

    public StaticServer(string root, string subPath)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/{subPath.Trim('/')}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    /// <summary>The site's address, ending in '/'.</summary>
    public string BaseUrl { get; }

    /// <summary>When set, every request gets 503 and nothing from the site, as a host that is down.</summary>
    public bool Down { get; set; }

    /// <summary>How many requests reached the server (down or not).</summary>
    public int RequestCount => Volatile.Read(ref _requests);

    private async Task ServeAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return;
            }

            // Each request on its own, and a failed one ends only itself: a browser that navigates away in the middle of a
            // large page (print.html) closes the connection, and the write then throws.
            _ = Task.Run(() =>
            {
                try
                {
                    Handle(context);
                }
                catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
                {
                    context.Response.Abort();
                }
            });
        }
    }

    private void Handle(HttpListenerContext context)
    {
        Interlocked.Increment(ref _requests);
        if (Down)
        {
            context.Response.StatusCode = 503;
            context.Response.Close();
            return;
        }

        var prefix = new Uri(BaseUrl).AbsolutePath;
        var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
        var relative = path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : string.Empty;
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            relative += "index.html";
        }

        var file = Path.GetFullPath(Path.Combine(_root, relative));
        var status = 200;
        if (!file.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || !File.Exists(file))
        {
            status = 404;
            file = Path.Combine(_root, "404.html");
        }

        try
        {
            var bytes = File.ReadAllBytes(file);
            context.Response.StatusCode = status;
            context.Response.ContentType = Path.GetExtension(file) switch
            {
                ".html" => "text/html; charset=utf-8",
                ".css" => "text/css; charset=utf-8",
                ".js" => "text/javascript; charset=utf-8",
                ".png" => "image/png",
                ".svg" => "image/svg+xml",
                ".xml" => "application/xml",
                ".webmanifest" => "application/manifest+json",
                _ => "application/octet-stream",
            };
            context.Response.OutputStream.Write(bytes);
        }
        finally
        {
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        _stop.Dispose();
    }
}
