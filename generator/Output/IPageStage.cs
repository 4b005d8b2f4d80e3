namespace PmGuideSite.Output;

/// <summary>Takes each page as soon as it is rendered; a build writes it into its staging folder (<see cref="SiteWriter"/>).</summary>
internal interface IPageStage
{
    /// <summary>Stages a page given as UTF-8 and returns the entry that stands for it in the built site.</summary>
    SiteFile Stage(string path, byte[] utf8);

    /// <summary>Stages a page that <paramref name="write"/> writes as UTF-8 (a page too large to hold whole).</summary>
    SiteFile Stage(string path, Action<Stream> write);
}
