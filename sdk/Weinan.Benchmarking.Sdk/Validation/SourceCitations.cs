using System.Text.RegularExpressions;
using FluentValidation;
using Weinan.Benchmarking.Abstractions;
using static Weinan.Benchmarking.Abstractions.IssueCodes;
using static Weinan.Benchmarking.Sdk.Validation.ValidationFailures;
using Severity = Weinan.Benchmarking.Abstractions.Severity;

namespace Weinan.Benchmarking.Sdk.Validation;

/// <summary>
/// A source is a citation only (<c>docs/formats.md</c> §4.4): parts separated by <c>" ; "</c>, each an http(s) URL
/// without blanks, or — where nothing was read at a URL — a short document identifier such as a standard code. What a
/// page is, the dates read on it, what was not read, a derivation: all of it goes into the note beside the source, in
/// both languages, because reports print the source as it is in either language.
/// </summary>
internal static partial class SourceCitations
{
    /// <summary>Most words a document identifier may have (<c>GB/T 1499.2-2024 7.4.1</c> has three).</summary>
    public const int MaxIdentifierWords = 6;

    private const string FileKey = "Weinan.Benchmarking.CatalogFile";

    /// <summary>Keeps the name of the file being validated, for messages that name it.</summary>
    public static void AttachFile(IValidationContext context, string? file)
    {
        if (!string.IsNullOrEmpty(file))
        {
            context.RootContextData[FileKey] = file;
        }
    }

    /// <summary>
    /// Reports every part of <paramref name="source"/> that is not a citation (<see cref="SourceNotCitation"/>), at
    /// <paramref name="sourcePath"/> under the rule's property; <paramref name="notePath"/> is the property path of the
    /// note the explanation belongs in.
    /// </summary>
    public static void Check<T>(string? source, ValidationContext<T> context, string? sourcePath, string notePath)
    {
        if (string.IsNullOrWhiteSpace(source))
        {
            return;
        }

        var file = context.RootContextData.TryGetValue(FileKey, out var f) ? f as string : null;
        var where = JsonPath(Combine(context.PropertyPath, sourcePath));
        var note = JsonPath(notePath);
        foreach (var part in source.Split(" ; ").Select(p => p.Trim()).Where(p => p.Length > 0))
        {
            if (Problem(part) is { } why)
            {
                context.Report(SourceNotCitation, sourcePath,
                    $"{(file is null ? "" : file + "：")}{where} 中的\"{Show(part)}\"既不是网址，也不是简短的文献标识（{why.Zh}）。来源只写网址或文献标识，多个以\" ; \"分隔；请把说明文字移到 {note}，中英文各写一份。",
                    $"{(file is null ? "" : file + ": ")}\"{Show(part)}\" in {where} is neither a URL nor a short document identifier ({why.En}). A source holds only URLs or document identifiers separated by \" ; \": move the explanation to {note}, in zh and en.",
                    Severity.Warning);
            }
        }
    }

    /// <summary>
    /// Reports a figure short of <c>confirmed</c> — secondary, derived or unconfirmed — without a note in both languages
    /// (<see cref="FigureNoteMissing"/>): a reader of the report sees the confidence and needs to know what the sources
    /// leave out, or how the figure was derived. <paramref name="notePath"/> is the note's path under the rule's property.
    /// </summary>
    public static void CheckNote<T>(Confidence confidence, LocalizedText? note, ValidationContext<T> context, string? notePath)
    {
        if (confidence == Confidence.Confirmed || (!string.IsNullOrWhiteSpace(note?.Zh) && !string.IsNullOrWhiteSpace(note?.En)))
        {
            return;
        }

        var file = context.RootContextData.TryGetValue(FileKey, out var f) ? f as string : null;
        var where = JsonPath(Combine(context.PropertyPath, notePath));
        var name = Vocabulary.Confidence(confidence);
        var missing = note is null || (string.IsNullOrWhiteSpace(note.Zh) && string.IsNullOrWhiteSpace(note.En))
            ? new LocalizedText("没有说明", "has no note")
            : string.IsNullOrWhiteSpace(note.Zh) ? new LocalizedText("说明缺少中文", "has no Chinese note") : new LocalizedText("说明缺少英文", "has no English note");
        context.Report(FigureNoteMissing, notePath,
            $"{(file is null ? "" : file + "：")}置信度为“{name.Zh}”的数据{missing.Zh}（{where}）。请中英文各写一份说明：来源缺少什么（如未读到标准原文）或数值如何推导。",
            $"{(file is null ? "" : file + ": ")}a figure whose confidence is '{name.En}' {missing.En} ({where}). Write one in zh and en: what the sources leave out (such as the standard's text not read) or how the figure was derived.",
            Severity.Warning);
    }

    /// <summary>Checks the <c>source</c> of a standard, test method or conversion, whose explanation goes into its <c>note</c>.</summary>
    public static void CheckBesideNote<T>(string? source, ValidationContext<T> context) =>
        Check(source, context, null, Sibling(context.PropertyPath, "Note"));

    /// <summary>Why a part of a source is not a citation; null when it is an http(s) URL or a short document identifier.</summary>
    public static LocalizedText? Problem(string part)
    {
        if (part.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || part.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return Url().IsMatch(part) ? null
                : part.Any(char.IsWhiteSpace) ? new("网址后面跟着文字", "text follows the URL")
                : new("网址缺少地址", "the URL has no address");
        }

        if (BracketedRemark().Match(part) is { Success: true } remark)
        {
            return new($"带括号的说明\"{Show(remark.Value)}\"", $"a remark in brackets, \"{Show(remark.Value)}\"");
        }

        if (SentencePunctuation().Match(part) is { Success: true } mark)
        {
            return new($"句中标点\"{mark.Value.Trim()}\"", $"sentence punctuation \"{mark.Value.Trim()}\"");
        }

        var words = part.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        return words > MaxIdentifierWords
            ? new($"{words} 个词，多于 {MaxIdentifierWords} 个", $"{words} words, more than {MaxIdentifierWords}")
            : null;
    }

    /// <summary>The path of a sibling property: <c>Standards[0].Source</c> and <c>Note</c> give <c>Standards[0].Note</c>.</summary>
    public static string Sibling(string propertyPath, string name)
    {
        var dot = propertyPath.LastIndexOf('.');
        return dot < 0 ? name : propertyPath[..(dot + 1)] + name;
    }

    [GeneratedRegex(@"^https?://\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex Url();

    // Brackets, ASCII or full-width, around two or more words: "(issued 2023-11-27)". One word stays: "Regulation (EU) 2023/915".
    [GeneratedRegex(@"[(（][^)）]*\s[^)）]*[)）]?")]
    private static partial Regex BracketedRemark();

    // A full stop, comma or colon ending a word (so not the colon of "ISO 6935-1:2007" or the point of "GB/T 223.5"),
    // any semicolon, question or exclamation mark, and Chinese sentence punctuation.
    [GeneratedRegex(@"[.,:](?=\s|$)|[;!?；。，：！？、]")]
    private static partial Regex SentencePunctuation();
}
