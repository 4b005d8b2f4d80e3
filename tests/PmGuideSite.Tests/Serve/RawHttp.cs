using System.Net.Sockets;
using System.Text;

namespace PmGuideSite.Tests.Serve;

/// <summary>Sends a request line exactly as written (HttpClient would normalise '..' and encodings away).</summary>
internal static class RawHttp
{
    /// <summary>The status code and body of <c>GET target</c>.</summary>
    public static async Task<(int Status, string Body)> GetAsync(int port, string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", port);
        var stream = tcp.GetStream();
        var request = $"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var response = await reader.ReadToEndAsync(timeout.Token);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        var body = response.Contains("\r\n\r\n", StringComparison.Ordinal) ? response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..] : string.Empty;
        return (status, body);
    }
}
