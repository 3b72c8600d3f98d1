namespace Weinan.Benchmarking.Hosting;

/// <summary>Issue codes of plugin loading, catalog selection and input files (WB4xxx). Documented in <c>docs/cli.md</c>.</summary>
public static class HostingIssueCodes
{
    /// <summary>A plugin search directory does not exist.</summary>
    public const string SearchDirectoryMissing = "WB4001";

    /// <summary>A plugin folder has no <c>&lt;Name&gt;/&lt;Name&gt;.dll</c>.</summary>
    public const string AssemblyMissing = "WB4002";

    /// <summary>The plugin assembly could not be loaded.</summary>
    public const string AssemblyLoadFailed = "WB4003";

    /// <summary>The assembly has no public concrete <c>ISectorPlugin</c>.</summary>
    public const string NoEntryType = "WB4004";

    /// <summary>The assembly has more than one public concrete <c>ISectorPlugin</c>.</summary>
    public const string MultipleEntryTypes = "WB4005";

    /// <summary>The entry type has no public parameterless constructor.</summary>
    public const string NoParameterlessConstructor = "WB4006";

    /// <summary>The plugin's code threw (constructor, descriptor or catalog).</summary>
    public const string PluginThrew = "WB4007";

    /// <summary>The descriptor is invalid (id, name, version, contract version, sectors).</summary>
    public const string InvalidDescriptor = "WB4008";

    /// <summary>The plugin was built against a newer contract major than this host.</summary>
    public const string NewerContract = "WB4009";

    /// <summary>The plugin's catalog JSON could not be read.</summary>
    public const string CatalogUnreadable = "WB4010";

    /// <summary>The plugin's catalog failed validation.</summary>
    public const string CatalogInvalid = "WB4011";

    /// <summary>A second plugin with an id already loaded was skipped.</summary>
    public const string DuplicatePlugin = "WB4012";

    /// <summary>A sector is claimed by more than one plugin; the first one found serves it.</summary>
    public const string SectorClaimedTwice = "WB4013";

    /// <summary>The plugin was built against an older contract major than this host.</summary>
    public const string OlderContract = "WB4014";

    /// <summary>A plugin's source project folder has no build output: build it first.</summary>
    public const string ProjectNotBuilt = "WB4015";

    /// <summary>A plugin project's sources are newer than the build output that was checked.</summary>
    public const string BuildOutputStale = "WB4016";

    /// <summary>No loaded plugin or added catalog covers the sector.</summary>
    public const string UnknownSector = "WB4101";

    /// <summary>An added catalog covers other sectors and was not used.</summary>
    public const string CatalogNotForSector = "WB4104";

    /// <summary>A file given as a catalog holds none of a catalog's content (it may be a submission).</summary>
    public const string NotACatalog = "WB4105";

    /// <summary>An input file or folder does not exist.</summary>
    public const string FileNotFound = "WB4201";

    /// <summary>An input file could not be read.</summary>
    public const string FileUnreadable = "WB4202";

    /// <summary>An output file could not be written.</summary>
    public const string OutputFailed = "WB4203";

    /// <summary>An option has a value that is not allowed.</summary>
    public const string InvalidOption = "WB4204";

    /// <summary>An unexpected internal error.</summary>
    public const string InternalError = "WB4999";
}
