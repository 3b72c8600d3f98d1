using System.IO.Hashing;
using System.Text;
using Newtonsoft.Json;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// What a plugin's build learnt by loading it, written beside it as <c>plugin-manifest.json</c>: its id, version,
/// contract version and sectors, the hash of every file in its folder, and the hash of its catalog JSON with the
/// identity of the code that validated it. It lets the host see which plugin serves which sector without loading any
/// assembly or reading any catalog, and skip validating a catalog the build already validated.
/// <para>
/// A manifest is trusted only when every file of the folder (the manifest aside) is listed with the hash it has now,
/// none is missing or added, and the plugin's contract major is the host's; otherwise the plugin is loaded as if there
/// were no manifest. The build writes one only for a plugin that loads with no issue at all. The hashes are XxHash64:
/// they tell a changed file from the one the build saw, which is all a manifest needs — a plugin folder is code the
/// host runs, so whoever can write to it need not forge a hash. (XxHash64 rather than XxHash128 because its code is
/// scalar and so precompiled; the vectorised one is compiled by the JIT at every start.)
/// </para>
/// </summary>
/// <param name="Id">The plugin id (as the host completes it from the catalog).</param>
/// <param name="Version">The plugin version.</param>
/// <param name="ContractVersion">The contract version the plugin was built against.</param>
/// <param name="Sectors">Every sector the plugin serves (descriptor and catalog).</param>
/// <param name="Files">Hash (lower-case hex) of each file in the plugin folder by its path relative to the folder, with <c>/</c> separators.</param>
/// <param name="CatalogHash">Hash (lower-case hex) of the catalog JSON the plugin returns, as UTF-8.</param>
/// <param name="ValidatedBy">The <see cref="ValidatorIdentity"/> of the host code that validated that catalog without an issue.</param>
public sealed record PluginManifest(
    string Id,
    string Version,
    string ContractVersion,
    IReadOnlyList<string> Sectors,
    IReadOnlyDictionary<string, string> Files,
    string CatalogHash,
    string ValidatedBy)
{
    /// <summary>The manifest's file name inside the plugin folder.</summary>
    public const string FileName = "plugin-manifest.json";

    /// <summary>The version of the manifest format this host reads and writes.</summary>
    public const string FormatVersion = "2";

    /// <summary>
    /// Whether the catalog text of <see cref="CatalogHash"/> reads to the same catalog with <see cref="DirectJson"/>
    /// as with the full reader, so a host with the same <see cref="ValidatedBy"/> may read it directly.
    /// </summary>
    public bool CatalogReadsDirectly { get; init; }

    private static readonly Lazy<string> Validator = new(() => string.Join(".",
        ModuleId(typeof(Catalog)), ModuleId(typeof(InputValidation)), ModuleId(typeof(FluentValidation.IValidator)), ModuleId(typeof(JsonReader)),
        ModuleId(typeof(DirectJson))));

    /// <summary>
    /// The code that reads and validates a catalog in this process: the module version ids of the contract, of the SDK's
    /// JSON reading and validation, of the two libraries they use, and of the host's direct reader. A catalog validated
    /// by other code is validated again.
    /// </summary>
    public static string ValidatorIdentity => Validator.Value;

    // The bytes in hex rather than Guid.ToString, whose vectorised formatting the JIT compiles at every start.
    private static string ModuleId(Type type)
    {
        Span<byte> bytes = stackalloc byte[16];
        _ = type.Assembly.ManifestModule.ModuleVersionId.TryWriteBytes(bytes);
        return Hex(BitConverter.ToUInt64(bytes)) + Hex(BitConverter.ToUInt64(bytes[8..]));
    }

    /// <summary>Whether the manifest names <paramref name="sector"/> (case-insensitive, as the catalogs are looked up).</summary>
    public bool Serves(string sector)
    {
        foreach (var served in Sectors)
        {
            if (string.Equals(served, sector, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="plugin"/>, loaded from the manifest's folder, is the plugin the manifest describes.</summary>
    public bool Describes(LoadedPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return string.Equals(Id, plugin.Descriptor.Id, StringComparison.Ordinal) &&
               string.Equals(Version, plugin.Descriptor.Version, StringComparison.Ordinal) &&
               string.Equals(ContractVersion, plugin.Descriptor.ContractVersion, StringComparison.Ordinal) &&
               Sectors.SequenceEqual(plugin.Sectors, StringComparer.Ordinal);
    }

    /// <summary>The manifest of <paramref name="plugin"/>, which <see cref="SectorPluginLoader"/> loaded from its folder and validated.</summary>
    public static PluginManifest For(LoadedPlugin plugin)
    {
        ArgumentNullException.ThrowIfNull(plugin);
        return new PluginManifest(plugin.Descriptor.Id, plugin.Descriptor.Version, plugin.Descriptor.ContractVersion, plugin.Sectors,
            HashFiles(plugin.Directory), plugin.CatalogHash, ValidatorIdentity)
        {
            CatalogReadsDirectly = ReadsDirectly(plugin),
        };
    }

    /// <summary>Whether the plugin's catalog text, unchanged since it loaded, reads to the same catalog directly.</summary>
    private static bool ReadsDirectly(LoadedPlugin plugin)
    {
        string json;
        try
        {
            json = plugin.Plugin.ReadCatalogJson() ?? "";
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return false;
        }

        return string.Equals(Hash(json), plugin.CatalogHash, StringComparison.Ordinal) && DirectJson.ReadsAlike(json, plugin.Catalog);
    }

    /// <summary>
    /// Loads the plugin in <paramref name="folder"/> and writes its manifest there. A plugin with any issue (error or
    /// warning) gets none, and a manifest left from an earlier build is removed; the issues are returned.
    /// </summary>
    public static IReadOnlyList<Issue> WriteFor(string folder)
    {
        var path = Path.Combine(Path.GetFullPath(folder), FileName);
        if (File.Exists(path))
        {
            File.Delete(path);
        }

        var attempt = SectorPluginLoader.LoadFolder(folder);
        if (attempt.Plugin is null || attempt.Issues.Count > 0)
        {
            return attempt.Issues;
        }

        For(attempt.Plugin).Write(path);
        return [];
    }

    /// <summary>Writes the manifest as JSON to <paramref name="path"/>.</summary>
    public void Write(string path)
    {
        using var file = new StreamWriter(path, false, new UTF8Encoding(false)) { NewLine = "\n" };
        using var writer = new JsonTextWriter(file) { Formatting = Formatting.Indented };
        writer.WriteStartObject();
        Property(writer, "manifestVersion", FormatVersion);
        Property(writer, "id", Id);
        Property(writer, "version", Version);
        Property(writer, "contractVersion", ContractVersion);
        writer.WritePropertyName("sectors");
        writer.WriteStartArray();
        foreach (var sector in Sectors)
        {
            writer.WriteValue(sector);
        }

        writer.WriteEndArray();
        Property(writer, "catalogHash", CatalogHash);
        Property(writer, "validatedBy", ValidatedBy);
        writer.WritePropertyName("catalogReadsDirectly");
        writer.WriteValue(CatalogReadsDirectly);
        writer.WritePropertyName("files");
        writer.WriteStartObject();
        foreach (var (name, hash) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            Property(writer, name, hash);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void Property(JsonWriter writer, string name, string value)
    {
        writer.WritePropertyName(name);
        writer.WriteValue(value);
    }

    /// <summary>
    /// The manifest in <paramref name="folder"/> when it can be trusted: it reads, is of this format version, names a
    /// contract of the host's major, and lists exactly the files the folder holds with the hashes they have. Null
    /// otherwise (no manifest, unreadable, stale), so the plugin is loaded without it.
    /// </summary>
    public static PluginManifest? ReadTrusted(string folder)
    {
        var full = Path.GetFullPath(folder);
        var manifest = Read(Path.Combine(full, FileName));
        return manifest is not null &&
               DescriptorChecks.ContractMajor(manifest.ContractVersion) == PluginContract.Major &&
               FilesMatch(full, manifest.Files)
            ? manifest
            : null;
    }

    /// <summary>Reads a manifest file; null when it is missing, unreadable, or not a manifest of this format version.</summary>
    public static PluginManifest? Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        try
        {
            return Parse(text);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The token reader the serializer uses, without the serializer: this runs at every start, before anything is warm.
    private static PluginManifest? Parse(string text)
    {
        using var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None };
        if (!reader.Read() || reader.TokenType != JsonToken.StartObject)
        {
            return null;
        }

        string? format = null, id = null, version = null, contract = null, catalog = null, validatedBy = null;
        List<string>? sectors = null;
        Dictionary<string, string>? files = null;
        var direct = false;
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            if (name is not ("sectors" or "files") && reader.TokenType is JsonToken.StartObject or JsonToken.StartArray)
            {
                reader.Skip();
                continue;
            }

            switch (name)
            {
                case "manifestVersion": format = Text(reader); break;
                case "id": id = Text(reader); break;
                case "version": version = Text(reader); break;
                case "contractVersion": contract = Text(reader); break;
                case "catalogHash": catalog = Text(reader); break;
                case "validatedBy": validatedBy = Text(reader); break;
                case "catalogReadsDirectly": direct = reader.TokenType == JsonToken.Boolean && (bool)reader.Value!; break;
                case "sectors": sectors = SectorList(reader) ?? throw new JsonReaderException("sectors"); break;
                case "files": files = FileHashes(reader) ?? throw new JsonReaderException("files"); break;
            }
        }

        return reader.TokenType == JsonToken.EndObject && format == FormatVersion && id is not null && version is not null &&
               contract is not null && catalog is not null && validatedBy is not null && sectors is { Count: > 0 } && files is not null
            ? new PluginManifest(id, version, contract, sectors, files, catalog, validatedBy) { CatalogReadsDirectly = direct }
            : null;
    }

    private static string? Text(JsonReader reader) => reader.TokenType == JsonToken.String ? (string)reader.Value! : null;

    private static List<string>? SectorList(JsonReader reader)
    {
        if (reader.TokenType != JsonToken.StartArray)
        {
            return null;
        }

        var sectors = new List<string>();
        while (reader.Read() && reader.TokenType != JsonToken.EndArray)
        {
            if (Text(reader) is not { } sector || string.IsNullOrWhiteSpace(sector))
            {
                return null;
            }

            sectors.Add(sector);
        }

        return sectors;
    }

    private static Dictionary<string, string>? FileHashes(JsonReader reader)
    {
        if (reader.TokenType != JsonToken.StartObject)
        {
            return null;
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonToken.PropertyName)
        {
            var name = (string)reader.Value!;
            reader.Read();
            if (Text(reader) is not { } hash || !files.TryAdd(name, hash))
            {
                return null;
            }
        }

        return files;
    }

    /// <summary>XxHash64 of <paramref name="text"/> as UTF-8, lower-case hex.</summary>
    public static string Hash(string text) => Hex(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(text)));

    /// <summary>XxHash64 of every file under <paramref name="folder"/> but the manifest, by relative path with <c>/</c> separators.</summary>
    public static IReadOnlyDictionary<string, string> HashFiles(string folder)
    {
        var full = Path.GetFullPath(folder);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories))
        {
            if (RelativeName(full, path) is { } name)
            {
                files[name] = HashFile(path);
            }
        }

        return files;
    }

    private static bool FilesMatch(string folder, IReadOnlyDictionary<string, string> expected)
    {
        try
        {
            var count = 0;
            foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                if (RelativeName(folder, path) is not { } name)
                {
                    continue;
                }

                count++;
                if (!expected.TryGetValue(name, out var hash) || !string.Equals(hash, HashFile(path), StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return count == expected.Count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>A file's name relative to the plugin folder, with <c>/</c> separators; null for the manifest itself.</summary>
    private static string? RelativeName(string folder, string path)
    {
        var name = Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/');
        return name == FileName ? null : name;
    }

    private static string HashFile(string path) => Hex(XxHash64.HashToUInt64(File.ReadAllBytes(path)));

    // The hash as its bytes in big-endian order, as XxHash64.Hash gives them, in lower-case hex; formatted as a number,
    // since the vectorised hex conversion of byte arrays is compiled by the JIT at every start.
    private static string Hex(ulong value) => value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);
}
