using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Intake;

/// <summary>What a column of the intake workbook holds.</summary>
public enum IntakeColumnRole
{
    /// <summary>A field of the submission: sector, period, enterprise, product, enterprise standard, evidence.</summary>
    Field,

    /// <summary>The measured value of an indicator (or of one component of it).</summary>
    Value,

    /// <summary>The unit of the measured value (and of the enterprise limit).</summary>
    Unit,

    /// <summary>The limit the enterprise's own standard sets for the indicator.</summary>
    Limit,

    /// <summary>The value the product declares on its label.</summary>
    Declared,

    /// <summary>A detail of a result: its test method, reporting basis, evidence grade or report number.</summary>
    Detail,
}

/// <summary>
/// A column of the intake workbook (see <c>docs/batch.md</c>, "Spreadsheet columns" and "The intake template"): its
/// header key, its names, and what may be written in it. The header reads <c>中文名 English name（unit；forms）[key]</c>;
/// the reader maps it back by the key.
/// </summary>
/// <param name="Key">The header key the reader understands, e.g. <c>formaldehyde.limit</c>.</param>
/// <param name="Role">What the column holds.</param>
/// <param name="Name">The column's name in both languages.</param>
/// <param name="Unit">The unit written in the header, if any.</param>
/// <param name="Forms">The forms a cell takes, short enough for the header (e.g. <c>≤75、≥32.5</c>).</param>
/// <param name="Allowed">What may be written, in full, for the explanation sheet (values with their names, scales).</param>
/// <param name="Choices">The values of the column's drop-down list; empty when the column has none.</param>
/// <param name="StrictChoices">Whether a value outside <paramref name="Choices"/> is refused by the spreadsheet (else warned).</param>
public sealed record IntakeColumn(string Key, IntakeColumnRole Role, LocalizedText Name, string? Unit, LocalizedText Forms,
    LocalizedText Allowed, IReadOnlyList<string> Choices, bool StrictChoices = true)
{
    /// <summary>
    /// The header cell: both names, then the unit and forms in the language of the workbook, then the key in square
    /// brackets, e.g. <c>甲醛 Formaldehyde（mg/kg；如 12.3、&lt;0.01、未检出）[formaldehyde]</c>.
    /// </summary>
    public string Header(string language)
    {
        var english = language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var unit = string.IsNullOrEmpty(Unit) ? "" : Unit;
        var forms = Forms.For(language);
        var note = (unit, forms) switch
        {
            ("", "") => "",
            (_, "") => unit,
            ("", _) => forms,
            _ => unit + (english ? "; " : "；") + forms,
        };
        var names = Name.Zh == Name.En ? Name.Zh : $"{Name.Zh} {Name.En}";
        var wrapped = note.Length == 0 ? "" : english ? $" ({note})" : $"（{note}）";
        return $"{names}{wrapped} [{Key}]";
    }
}
