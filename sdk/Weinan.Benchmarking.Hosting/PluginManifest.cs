using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Weinan.Benchmarking.Abstractions;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Hosting;

/// <summary>
/// What a plugin's build learnt by loading it, written beside it as <c>plugin-manifest.json</c>: its id, version,
/// contract version and sectors, the SHA-256 of every file in its folder, and the SHA-256 of its catalog JSON with the
/// identity of the code that validated it. It lets the host see which plugin serves which sector without loading any
/// assembly or reading any catalog, and skip validating a catalog the build already validated.
/// <para>
/// A manifest is trusted only when every file of the folder (the manifest aside) is listed with the hash it has now,
/// and none is missing or added, and the plugin's contract major is the host's; otherwise the plugin is loaded as if
/// there were no manifest. The build writes one only for a plugin that loads with no issue at all.
/// </para>
/// </summary>
/// <param name="Id">The plugin id (as the host completes it from the catalog).</param>
/// <param name="Version">The plugin version.</param>
/// <param name="ContractVersion">The contract version the plugin was built against.</param>
/// <param name="Sectors">Every sector the plugin serves (descriptor and catalog).</param>
/// <param name="Files">SHA-256 (lower-case hex) of each file in the plugin folder by its path relative to the folder, with <c>/</c> separators.</param>
/// <param name="CatalogSha256">SHA-256 (lower-case hex) of the catalog JSON the plugin returns, as UTF-8.</param>
/// <param name="ValidatedBy">The <see cref="ValidatorIdentity"/> of the host code that validated that catalog without an issue.</param>
public sealed record PluginManifest(
    string Id,
    string Version,
    string ContractVersion,
    IReadOnlyList<string> Sectors,
    IReadOnlyDictionary<string, string> Files,
    string CatalogSha256,
    string ValidatedBy)
{
    /// <summary>The manifest's file name inside the plugin folder.</summary>
    public const string FileName = "plugin-manifest.json";

    /// <summary>The version of the manifest format this host reads and writes.</summary>
    public const string FormatVersion = "1";

    private static readonly Lazy<string> Validator = new(() => string.Join(".",
        new[] { typeof(Catalog), typeof(InputValidation), typeof(FluentValidation.IValidator), typeof(Newtonsoft.Json.JsonReader) }
            .Select(t => t.Assembly.ManifestModule.ModuleVersionId.ToString("N"))));

    /// <summary>
    /// The code that reads and validates a catalog in this process: the module version ids of the contract, of the SDK's
    /// JSON reading and validation, and of the two libraries they use. A catalog validated by other code is validated again.
    /// </summary>
    public static string ValidatorIdentity => Validator.Value;

    /// <summary>Whether the manifest names <paramref name="sector"/> (case-insensitive, as the catalogs are looked up).</summary>
    public bool Serves(string sector) => Sectors.Contains(sector, StringComparer.OrdinalIgnoreCase);

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
            HashFiles(plugin.Directory), plugin.CatalogSha256, ValidatorIdentity);
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
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteString("manifestVersion", FormatVersion);
        writer.WriteString("id", Id);
        writer.WriteString("version", Version);
        writer.WriteString("contractVersion", ContractVersion);
        writer.WriteStartArray("sectors");
        foreach (var sector in Sectors)
        {
            writer.WriteStringValue(sector);
        }

        writer.WriteEndArray();
        writer.WriteString("catalogSha256", CatalogSha256);
        writer.WriteString("validatedBy", ValidatedBy);
        writer.WriteStartObject("files");
        foreach (var (name, hash) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.WriteString(name, hash);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
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
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(bytes);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "manifestVersion") != FormatVersion ||
                !root.TryGetProperty("sectors", out var sectors) || sectors.ValueKind != JsonValueKind.Array ||
                !root.TryGetProperty("files", out var files) || files.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var sectorList = sectors.EnumerateArray().Select(s => s.ValueKind == JsonValueKind.String ? s.GetString() : null).ToList();
            var fileMap = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var file in files.EnumerateObject())
            {
                if (file.Value.ValueKind != JsonValueKind.String || !fileMap.TryAdd(file.Name, file.Value.GetString()!))
                {
                    return null;
                }
            }

            return Text(root, "id") is { } id && Text(root, "version") is { } version && Text(root, "contractVersion") is { } contract &&
                   Text(root, "catalogSha256") is { } catalog && Text(root, "validatedBy") is { } validatedBy &&
                   sectorList.Count > 0 && sectorList.All(s => !string.IsNullOrWhiteSpace(s))
                ? new PluginManifest(id, version, contract, sectorList!, fileMap, catalog, validatedBy)
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>SHA-256 of <paramref name="text"/> as UTF-8, lower-case hex.</summary>
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>SHA-256 of every file under <paramref name="folder"/> but the manifest, by relative path with <c>/</c> separators.</summary>
    public static IReadOnlyDictionary<string, string> HashFiles(string folder)
    {
        var full = Path.GetFullPath(folder);
        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, path) in FilesOf(full))
        {
            files[name] = HashFile(path);
        }

        return files;
    }

    private static bool FilesMatch(string folder, IReadOnlyDictionary<string, string> expected)
    {
        try
        {
            var count = 0;
            foreach (var (name, path) in FilesOf(folder))
            {
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

    private static IEnumerable<(string Name, string Path)> FilesOf(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => (Name: Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'), Path: path))
            .Where(f => f.Name != FileName);

    private static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
