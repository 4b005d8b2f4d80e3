namespace PmGuideSite.Output;

/// <summary>Takes each page as soon as it is rendered; a build writes it into its staging folder (<see cref="SiteWriter"/>).</summary>
internal interface IPageStage
{
    /// <summary>Stages a page given as UTF-8 and returns the entry that stands for it in the built site.</summary>
    SiteFile Stage(string path, byte[] utf8);

    /// <summary>
    /// A stream for a page written piece by piece (print.html, while the other pages render); the entry that stands for
    /// it is <see cref="SiteFile.Staged"/>. Writing errors do not throw: they fail the build like a failed <see cref="Stage"/>.
    /// </summary>
    Stream Create(string path);
}
