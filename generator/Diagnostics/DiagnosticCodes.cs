namespace PmGuideSite.Diagnostics;

/// <summary>Every diagnostic code, grouped by stage. docs/errors.md lists them with an example each.</summary>
internal static class DiagnosticCodes
{
    // PG1xxx: configuration and command line.
    public const string ConfigNotFound = "PG1001";
    public const string ConfigInvalid = "PG1002";
    public const string ConfigUnknownField = "PG1003";
    public const string ConfigPathOutside = "PG1004";
    public const string ThemeMissing = "PG1005";
    public const string OutputRefused = "PG1006";
    public const string NewWouldOverwrite = "PG1007";
    public const string NewRefused = "PG1008";
    public const string NotABuiltSite = "PG1009";

    // PG2xxx: content files (encoding, YAML, fields, ids, cross-references).
    public const string Encoding = "PG2001";
    public const string YamlSyntax = "PG2002";
    public const string MissingField = "PG2003";
    public const string WrongType = "PG2004";
    public const string UnknownField = "PG2005";
    public const string InvalidValue = "PG2006";
    public const string DuplicateId = "PG2007";
    public const string InvalidId = "PG2008";
    public const string FrontMatter = "PG2009";
    public const string EmptyFile = "PG2010";
    public const string DuplicateKey = "PG2011";
    public const string UnreadableFile = "PG2012";
    public const string FileTooLarge = "PG2013";
    public const string SymbolicLink = "PG2014";
    public const string UnknownExtension = "PG2015";
    public const string FieldTooLong = "PG2016";
    public const string UnknownPrincipleRef = "PG2101";
    public const string UnknownQuestionRef = "PG2102";
    public const string UnknownExampleRef = "PG2103";
    public const string MissingPrincipleContent = "PG2104";
    public const string PrincipleMismatch = "PG2105";

    // PG3xxx: Markdown.
    public const string RawHtmlRemoved = "PG3001";
    public const string HeadingLevel = "PG3002";
    public const string UnknownContainer = "PG3003";
    public const string TooDeep = "PG3004";

    // PG4xxx: templates.
    public const string TemplateSyntax = "PG4001";
    public const string TemplateRuntime = "PG4002";
    public const string TemplateMissing = "PG4003";

    // PG5xxx: links.
    public const string BrokenLink = "PG5001";
    public const string BrokenAnchor = "PG5002";
    public const string UnsafeLink = "PG5003";
    public const string ActiveFile = "PG5004";
    public const string OutputCollision = "PG5005";
    public const string ExternalLinkBroken = "PG5006";

    // PG6xxx: output.
    public const string OutputWrite = "PG6001";
    public const string SearchAssets = "PG6002";
    public const string OutputLocked = "PG6003";

    // PG7xxx: the answer linter (lint command and rubric.yml).
    public const string LintFinding = "PG7001";
    public const string RubricInvalid = "PG7002";
    public const string LintInput = "PG7003";

    // PG9xxx: bugs.
    public const string InternalError = "PG9001";
}
