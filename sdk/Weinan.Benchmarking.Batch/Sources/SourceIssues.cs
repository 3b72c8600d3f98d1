using Weinan.Benchmarking.Abstractions;

namespace Weinan.Benchmarking.Batch.Sources;

/// <summary>Issues of batch input, worded once.</summary>
internal static class SourceIssues
{
    public static Issue Unreadable(string file, Exception ex) => new()
    {
        Code = IssueCodes.BatchInputUnreadable,
        File = file,
        Message = ex is UnauthorizedAccessException
            ? new($"无权读取文件 {file}。", $"No permission to read {file}.")
            : new($"无法读取文件 {file}。", $"Cannot read {file}."),
    };

    public static Issue ReadAsGb18030(string file) => new()
    {
        Code = IssueCodes.BatchCsvEncoding,
        Severity = Severity.Warning,
        File = file,
        Message = new($"{file} 不是 UTF-8 文本，已按 GB 18030（含 GBK）读取；若文字显示不正确，请另存为“CSV UTF-8”。",
            $"{file} is not UTF-8 text and was read as GB 18030 (which includes GBK); if text looks wrong, save it as 'CSV UTF-8'."),
    };

    public static Issue TitleRows(string file, int rows, int header) => new()
    {
        Code = IssueCodes.BatchTitleRows,
        Severity = Severity.Warning,
        File = file,
        Line = header,
        Message = rows == 1
            ? new($"第 1 行没有可识别的列，作为标题跳过；表头在第 {header} 行。", $"Row 1 names no known column and was skipped as a title; the header is row {header}.")
            : new($"第 1～{rows} 行没有可识别的列，作为标题跳过；表头在第 {header} 行。", $"Rows 1–{rows} name no known column and were skipped as a title; the header is row {header}."),
    };

    public static Issue NotAWorkbook(string file) => new()
    {
        Code = IssueCodes.BatchInputUnreadable,
        File = file,
        Message = new($"{file} 不是可读取的 Excel 工作簿（.xlsx）。", $"{file} is not a readable Excel workbook (.xlsx)."),
    };

    public static Issue Kind(string path) => new()
    {
        Code = IssueCodes.BatchInputKind,
        File = path,
        Message = Path.GetExtension(path).ToLowerInvariant() is ".xls" or ".et" or ".ods" or ".numbers"
            // A workbook of another format: the way to a readable one is a "save as" away.
            ? new($"不支持的输入：{path} 不是 .xlsx 工作簿；请在 Excel 或 WPS 表格中另存为“Excel 工作簿（*.xlsx）”后再读取。",
                $"Unsupported input: {path} is not an .xlsx workbook; save it as 'Excel Workbook (*.xlsx)' in Excel or WPS Spreadsheets and read that.")
            : new($"不支持的输入：{path}（可用 .xlsx、.csv、.jsonl、.json 文件或文件夹）。",
                $"Unsupported input: {path} (use .xlsx, .csv, .jsonl or .json files, or a folder)."),
    };

    public static Issue Missing(string path) => new()
    {
        Code = IssueCodes.BatchInputUnreadable,
        File = path,
        Message = new($"文件或文件夹不存在：{path}", $"File or folder not found: {path}"),
    };
}
