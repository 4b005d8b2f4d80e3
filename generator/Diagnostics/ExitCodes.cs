namespace PmGuideSite.Diagnostics;

/// <summary>The process exit codes, documented in the README.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int UsageOrConfiguration = 2;
    public const int UnexpectedCrash = 3;
}
