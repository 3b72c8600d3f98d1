namespace Weinan.Benchmarking.Cli.Tests.Support;

/// <summary>Data-only catalogs for the fixture sector.</summary>
internal static class CatalogFiles
{
    public const string Extra = """
        {
          "schemaVersion": "1.0",
          "id": "fixture-extra",
          "version": "2025.1",
          "sectors": ["fixture"],
          "standards": [
            { "code": "EX 2-2024", "title": { "zh": "附加标准", "en": "Extra standard" }, "tier": "foreignAdvanced", "force": "recommended", "editionYear": 2024 }
          ],
          "indicators": [
            { "id": "lead", "name": { "zh": "铅", "en": "Lead" }, "unit": "mg/kg", "kind": "quantitative", "direction": "lowerIsBetter", "category": "safety" }
          ],
          "requirements": [
            {
              "id": "ex2-2024.lead",
              "indicatorId": "lead",
              "standardCode": "EX 2-2024",
              "limit": { "kind": "upper", "max": "90" },
              "unit": "mg/kg",
              "provenance": { "source": "test", "confidence": "unconfirmed" }
            }
          ]
        }
        """;

    public const string Duplicate = """
        {
          "schemaVersion": "1.0",
          "id": "fixture-duplicate",
          "sectors": ["fixture"],
          "indicators": [
            { "id": "ph", "name": { "zh": "pH", "en": "pH" }, "kind": "quantitative", "direction": "targetRange", "category": "safety" }
          ]
        }
        """;
}
