using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace PmGuideSite.Tests.External;

/// <summary>
/// An HttpListener on 127.0.0.1 that answers like the sites links point at: /ok (200), /missing (404), /moved (301 to
/// /ok), /moved-to-missing (302 to /missing), /no-head (405 to HEAD, 200 to GET), /slow (answers after 30 s or on
/// stop), /flaky (503 the first time, then 200) and /busy/* (200 after a short pause, counting requests in flight).
/// </summary>
internal sealed class LocalLinkServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private int _inFlight;
    private int _flakyCount;

    public LocalLinkServer()
    {
        // HttpListener needs a port in its prefix: take one the system says is free.
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Prefix = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Prefix);
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    /// <summary>The server's address, ending in '/'.</summary>
    public string Prefix { get; }

    /// <summary>Every request seen, as "METHOD /path".</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The most /busy requests that were in flight at once.</summary>
    public int MostInFlight { get; private set; }

    /// <summary>How many requests reached <paramref name="path"/>.</summary>
    public int CountOf(string path) => Requests.Count(r => r.EndsWith(" " + path, StringComparison.Ordinal));

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private async Task Loop()
    {
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath;
        var method = context.Request.HttpMethod;
        Requests.Enqueue($"{method} {path}");
        var response = context.Response;
        try
        {
            switch (path)
            {
                case "/ok":
                    response.StatusCode = 200;
                    break;
                case "/missing":
                    response.StatusCode = 404;
                    break;
                case "/moved":
                    response.StatusCode = 301;
                    response.RedirectLocation = Prefix + "ok";
                    break;
                case "/moved-to-missing":
                    response.StatusCode = 302;
                    response.RedirectLocation = Prefix + "missing";
                    break;
                case "/no-head":
                    response.StatusCode = method == "HEAD" ? 405 : 200;
                    break;
                case "/slow":
                    await Task.Delay(TimeSpan.FromSeconds(30), _stop.Token);
                    response.StatusCode = 200;
                    break;
                case "/flaky":
                    response.StatusCode = Interlocked.Increment(ref _flakyCount) == 1 ? 503 : 200;
                    break;
                case var busy when busy.StartsWith("/busy/", StringComparison.Ordinal):
                    var now = Interlocked.Increment(ref _inFlight);
                    lock (Requests)
                    {
                        MostInFlight = Math.Max(MostInFlight, now);
                    }

                    await Task.Delay(100, _stop.Token);
                    Interlocked.Decrement(ref _inFlight);
                    response.StatusCode = 200;
                    break;
                default:
                    response.StatusCode = 404;
                    break;
            }

            response.Close();
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpListenerException or ObjectDisposedException)
        {
            response.Abort();
        }
    }
}
