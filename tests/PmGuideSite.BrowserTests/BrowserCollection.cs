namespace PmGuideSite.BrowserTests;

/// <summary>All browser tests share one built site, one server and one Chromium.</summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
}
