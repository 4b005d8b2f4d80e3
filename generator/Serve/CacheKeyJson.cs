using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using PmGuideSite.Config;
using PmGuideSite.Pages;

namespace PmGuideSite.Serve;

/// <summary>
/// The JSON that <see cref="BuildCache"/> and <see cref="PageCache"/> compare between rebuilds, written by
/// source-generated code so the native (ahead-of-time compiled) generator needs no reflection for it. A page's view is
/// typed <c>object</c>; each view type is listed here so its runtime type is found. A view type missing from this list
/// only makes its pages never reused (the key is null), which <c>ServeTests</c> would show.
/// </summary>
[JsonSerializable(typeof(SiteConfig))]
[JsonSerializable(typeof(SiteModel))]
[JsonSerializable(typeof(PageJob))]
[JsonSerializable(typeof(ChapterView))]
[JsonSerializable(typeof(PrincipleView))]
[JsonSerializable(typeof(BankView))]
[JsonSerializable(typeof(ExampleView))]
[JsonSerializable(typeof(PrintView))]
internal sealed partial class CacheKeyJson : JsonSerializerContext
{
    /// <summary>The context the caches use: text outside ASCII is written as is, which keeps keys short.</summary>
    public static CacheKeyJson Keys { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
