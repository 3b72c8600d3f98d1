using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Sdk.Validation;

namespace Weinan.Benchmarking.Sdk.Tests;

public class ValidationTests
{
    private static IReadOnlyList<Issue> Catalog(Func<Catalog, Catalog> change) => InputValidation.ValidateCatalog(change(Valid.Catalog()));

    private static IReadOnlyList<Issue> Submission(Func<Submission, Submission> change, bool withCatalog = true) =>
        InputValidation.ValidateSubmission(change(Valid.Submission()), withCatalog ? Valid.Catalog() : null);

    private static Catalog WithRequirement(Catalog c, Requirement r) => c with { Requirements = [r] };

    private static void ShouldHaveIssue(IReadOnlyList<Issue> issues, string code, string path, Severity severity = Severity.Error)
    {
        var issue = issues.ShouldHaveSingleItem($"expected only {code} at {path}, got: {string.Join("; ", issues)}");
        issue.Code.ShouldBe(code);
        issue.Path.ShouldBe(path);
        issue.Severity.ShouldBe(severity);
        issue.Message.Zh.ShouldNotBeNullOrWhiteSpace();
        issue.Message.En.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Should_Prepare_Without_Throwing_And_Validate_Alike_Afterwards()
    {
        // Given: a submission with a defect, validated before the validator is prepared
        var before = Submission(s => s with { Id = "" });

        // When
        Should.NotThrow(InputValidation.Prepare);
        var after = Submission(s => s with { Id = "" });

        // Then
        after.Select(i => i.ToString()).ShouldBe(before.Select(i => i.ToString()));
        before.ShouldNotBeEmpty();
    }

    public class TheCatalogChecks
    {
        [Fact]
        public void Should_Return_No_Issues_When_Catalog_Is_Valid() =>
            InputValidation.ValidateCatalog(Valid.Catalog()).ShouldBeEmpty();

        [Theory]
        [InlineData("2.0")]
        [InlineData("")]
        [InlineData("1.x")]
        public void Should_Report_WB3001_When_Schema_Version_Is_Unsupported(string version) =>
            ShouldHaveIssue(Catalog(c => c with { SchemaVersion = version }), "WB3001", "schemaVersion");

        [Fact]
        public void Should_Report_WB3002_When_Catalog_Id_Is_Missing() =>
            ShouldHaveIssue(Catalog(c => c with { Id = "" }), "WB3002", "id");

        [Fact]
        public void Should_Report_WB3020_When_Indicator_Id_Is_Missing() =>
            ShouldHaveIssue(Catalog(c => c with { Indicators = [.. c.Indicators, new Indicator { Unit = "%" }] }), "WB3020", "indicators[5].id");

        [Fact]
        public void Should_Report_WB3021_When_Indicator_Id_Is_Duplicated() =>
            ShouldHaveIssue(Catalog(c => c with { Indicators = [.. c.Indicators, Valid.Water] }), "WB3021", "indicators[5].id");

        [Fact]
        public void Should_Report_WB3011_When_Standard_Code_Is_Duplicated() =>
            ShouldHaveIssue(Catalog(c => c with { Standards = [.. c.Standards, c.Standards[0]] }), "WB3011", "standards[2].code");

        [Fact]
        public void Should_Report_WB3010_When_Standard_Code_Is_Missing() =>
            ShouldHaveIssue(Catalog(c => c with { Standards = [.. c.Standards, new Standard()] }), "WB3010", "standards[2].code");

        [Fact]
        public void Should_Report_WB3030_And_WB3031_When_Requirement_Ids_Are_Missing_Or_Duplicated()
        {
            var issues = Catalog(c => c with { Requirements = [.. c.Requirements, c.Requirements[0], c.Requirements[1] with { Id = " " }] });
            issues.Select(i => (i.Code, i.Path)).ShouldBe([("WB3031", "requirements[5].id"), ("WB3030", "requirements[6].id")]);
        }

        [Fact]
        public void Should_Report_WB3061_When_Product_Class_Is_Duplicated() =>
            ShouldHaveIssue(Catalog(c => c with { ProductClasses = [.. c.ProductClasses, c.ProductClasses[0]] }), "WB3061", "productClasses[1].id");

        [Fact]
        public void Should_Report_WB3032_When_Requirement_Names_Unknown_Indicator() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "sulphur", Limit.AtMost("0.5")))), "WB3032", "requirements[0].indicatorId");

        [Fact]
        public void Should_Report_WB3033_When_Requirement_Names_Unknown_Standard() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("0.5"), standard: "ASTM D1152"))), "WB3033", "requirements[0].standardCode");

        [Theory]
        [InlineData("1,2.3")]
        [InlineData("NaN")]
        [InlineData("Infinity")]
        [InlineData("0.10(+)")]
        public void Should_Report_WB3041_When_Limit_Number_Does_Not_Parse(string max) =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost(max)))), "WB3041", "requirements[0].limit.max");

        [Fact]
        public void Should_Report_WB3040_When_Upper_Limit_Has_No_Max() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", new Limit { Kind = LimitKind.Upper, Min = "0.1" }))), "WB3040", "requirements[0].limit.max");

        [Fact]
        public void Should_Name_The_Kind_As_Written_And_The_Missing_Field_In_Both_Languages()
        {
            var issue = Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", new Limit { Kind = LimitKind.Upper }))).ShouldHaveSingleItem();
            issue.Message.Zh.ShouldBe("kind 为“upper”的限值须填写 max。");
            issue.Message.En.ShouldBe("A limit of kind \"upper\" needs max.");
        }

        [Fact]
        public void Should_Report_WB3040_When_Lower_Limit_Has_No_Min() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", new Limit { Kind = LimitKind.Lower }))), "WB3040", "requirements[0].limit.min");

        [Fact]
        public void Should_Report_WB3042_When_Range_Minimum_Is_Above_Maximum() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.Between("8.5", "4.0")))), "WB3042", "requirements[0].limit");

        [Theory]
        [InlineData("0")]
        [InlineData("-0.1")]
        public void Should_Report_WB3043_When_Tolerance_Is_Not_Positive(string tolerance) =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.PlusMinus("10.0", tolerance)))), "WB3043", "requirements[0].limit.tolerance");

        [Fact]
        public void Should_Report_WB3044_When_Ordinal_Limit_Is_Not_On_The_Scale() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "fastness", Limit.AtLeastGrade("3.5"), ""))), "WB3044", "requirements[0].limit.min");

        [Fact]
        public void Should_Report_WB3045_When_Categorical_Limit_Has_No_Accepted_Values() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water-miscibility", Limit.OneOf(), ""))), "WB3045", "requirements[0].limit.accepted");

        [Fact]
        public void Should_Report_WB3046_When_Limit_Kind_Does_Not_Fit_Indicator() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "fastness", Limit.AtLeast("3"), ""))), "WB3046", "requirements[0].limit.kind");

        [Fact]
        public void Should_Report_WB3022_When_Ordinal_Indicator_Has_No_Scale() =>
            ShouldHaveIssue(Catalog(c => c with { Indicators = [.. c.Indicators, Valid.Fastness with { Id = "rubbing", Scale = [] }] }), "WB3022", "indicators[5].scale");

        [Fact]
        public void Should_Report_WB3034_When_Requirement_Unit_Is_Not_Convertible() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("0.1"), "mg/L"))), "WB3034", "requirements[0].unit");

        [Fact]
        public void Should_Accept_Requirement_Unit_When_It_Converts_To_The_Indicator_Unit() =>
            Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("1000"), "mg/kg"))).ShouldBeEmpty();

        [Fact]
        public void Should_Report_WB3035_When_Rounding_Interval_Is_Not_Positive() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("0.10")) with { RoundingInterval = "0" })), "WB3035", "requirements[0].roundingInterval");

        [Fact]
        public void Should_Report_WB3041_When_Rounding_Interval_Does_Not_Parse() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("0.10")) with { RoundingInterval = "0,5" })), "WB3041", "requirements[0].roundingInterval");

        [Fact]
        public void Should_Report_WB3036_Warning_When_Provenance_Source_Is_Empty() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("0.10")) with { Provenance = new() })),
                "WB3036", "requirements[0].provenance.source", Severity.Warning);

        [Theory]
        [InlineData("https://www.chinesestandard.net/PDF.aspx/GB175-2023 (issued 2023-11-27, in force 2024-06-01)", "text follows the URL")]
        [InlineData("GB 16780-2021 4.2 (a public transcription)", "a remark in brackets")]
        [InlineData("GB 29436-2023 Table 1 as transcribed, with clause and page", "sentence punctuation \",\"")]
        [InlineData("Derived from the definitions: 1 ksi ≈ 6.894757 MPa", "sentence punctuation \":\"")]
        [InlineData("http://yu-lin.cn/PRODUCT/1777639806743613440.html ; Table 1 as reprinted by a supplier on its page", "10 words, more than 6")]
        [InlineData("GB 338-2011. Table 1 not read", "sentence punctuation \".\"")]
        [InlineData("转载自《中国化工贸易》2017 年第 4 期，二手来源", "sentence punctuation \"，\"")]
        public void Should_Report_WB3090_Warning_When_A_Provenance_Source_Holds_Prose(string source, string why)
        {
            var issues = Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("0.10")) with
            {
                Provenance = new() { Source = source, Confidence = Confidence.Secondary, Note = new("二手来源。", "Secondary.") },
            }));

            ShouldHaveIssue(issues, "WB3090", "requirements[0].provenance.source", Severity.Warning);
            issues[0].Message.En.ShouldContain($"in requirements[0].provenance.source is neither a URL nor a short document identifier ({why}");
            issues[0].Message.En.ShouldContain("move the explanation to requirements[0].provenance.note, in zh and en");
            issues[0].Message.Zh.ShouldContain("请把说明文字移到 requirements[0].provenance.note");
        }

        [Theory]
        [InlineData("https://www.chinesestandard.net/PDF.aspx/GB175-2023")]
        [InlineData("http://yu-lin.cn/PRODUCT/1777639806743613440.html ; https://www.chinesestandard.net/PDF.aspx/GB338-2011")]
        [InlineData("GB 16780-2021 4.2 ; https://e.ccement.com/news/content/33600037950545001.html")]
        [InlineData("https://melakarnets.com/proxy/index.php?q=https%3A%2F%2Fwww.scribd.com%2Fdocument%2F675425330")]
        [InlineData("GB 29436-2023 表1")]
        [InlineData("ISO 6935-1:2007 ; GB/T 223.5")]
        [InlineData("Regulation (EU) 2023/915")]
        [InlineData("质检总局令第75号（2005）")]
        public void Should_Accept_A_Provenance_Source_Of_URLs_And_Short_Document_Identifiers(string source) =>
            Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("0.10")) with
            {
                Provenance = new() { Source = source, Confidence = Confidence.Confirmed },
            })).ShouldBeEmpty();

        [Fact]
        public void Should_Report_WB3090_On_Standards_TestMethods_And_Conversions_Naming_The_File_And_The_Note()
        {
            var valid = Valid.Catalog();
            var catalog = valid with
            {
                Standards = [valid.Standards[0] with { Source = "https://www.chinesestandard.net/PDF.aspx/GB338-2011 (issued 2011-12-05)" }, valid.Standards[1]],
                Conversions = [valid.Conversions[0] with { Source = "Derived from the molar masses of acetic acid and formic acid" }],
                TestMethods =
                [
                    new TestMethod { Code = "GB/T 6324.1", Source = "http://www.gcement.cn/Article2018/09/15820.html", Confidence = Confidence.Confirmed },
                    new TestMethod
                    {
                        Code = "GB/T 6283", Source = "http://www.gcement.cn/Article2018/09/15820.html ; cited in the 2018 national spot check",
                        Confidence = Confidence.Confirmed,
                    },
                ],
            };

            var issues = InputValidation.ValidateCatalog(catalog, "catalog.json");

            issues.Select(i => (i.Code, i.Path, i.Severity)).ShouldBe(
            [
                ("WB3090", "standards[0].source", Severity.Warning),
                ("WB3090", "conversions[0].source", Severity.Warning),
                ("WB3090", "testMethods[1].source", Severity.Warning),
            ]);
            issues.ShouldAllBe(i => i.File == "catalog.json" && i.Message.En.StartsWith("catalog.json: ") && i.Message.Zh.StartsWith("catalog.json："));
            issues[0].Message.En.ShouldContain("(text follows the URL). A source holds only URLs or document identifiers separated by \" ; \": move the explanation to standards[0].note, in zh and en.");
            issues[0].Message.Zh.ShouldContain("（网址后面跟着文字）。来源只写网址或文献标识，多个以\" ; \"分隔；请把说明文字移到 standards[0].note，中英文各写一份。");
            issues[1].Message.En.ShouldContain("(11 words, more than 6)");
            issues[1].Message.En.ShouldContain("conversions[0].note");
            issues[2].Message.En.ShouldContain("\"cited in the 2018 national spot check\" in testMethods[1].source");
            issues[2].Message.En.ShouldContain("testMethods[1].note");
        }

        [Fact]
        public void Should_Report_WB3091_When_A_Figure_Short_Of_Confirmed_Has_No_Note_In_Both_Languages()
        {
            // Given: a secondary requirement without a note, a derived one with an English note only, an unconfirmed
            // conversion (no confidence given) without one, a secondary test method with a Chinese note only; beside them a
            // confirmed test method and a secondary one with both notes, which pass
            var valid = Valid.Catalog();
            var requirement = Valid.Requirement("r", "water", Limit.AtMost("0.10"));
            var catalog = valid with
            {
                Requirements =
                [
                    requirement with { Provenance = new() { Source = "GB 338-2011", Confidence = Confidence.Secondary } },
                    requirement with
                    {
                        Id = "r2",
                        Provenance = new() { Source = "GB 338-2011", Confidence = Confidence.Derived, Note = new("", "From the 2004 table.") },
                    },
                ],
                Conversions = [valid.Conversions[0] with { Note = null }],
                TestMethods =
                [
                    new TestMethod { Code = "GB/T 6324.1", Source = "GB/T 6324.1-2004", Confidence = Confidence.Confirmed },
                    new TestMethod { Code = "GB/T 6283", Source = "GB/T 6283-2008", Confidence = Confidence.Secondary, Note = new("转载页面。", " ") },
                    new TestMethod { Code = "GB/T 9009", Source = "GB/T 9009-2011", Confidence = Confidence.Secondary, Note = new("转载页面。", "A reprint.") },
                ],
            };

            // When
            var issues = InputValidation.ValidateCatalog(catalog, "catalog.json");

            // Then: one warning each, naming the file, the note's path, the confidence and the language missing
            issues.Select(i => (i.Code, i.Path, i.Severity)).ShouldBe(
            [
                ("WB3091", "requirements[0].provenance.note", Severity.Warning),
                ("WB3091", "requirements[1].provenance.note", Severity.Warning),
                ("WB3091", "conversions[0].note", Severity.Warning),
                ("WB3091", "testMethods[1].note", Severity.Warning),
            ]);
            issues.ShouldAllBe(i => i.File == "catalog.json" && i.Message.En.StartsWith("catalog.json: ") && i.Message.Zh.StartsWith("catalog.json："));
            issues[0].Message.En.ShouldContain("a figure whose confidence is 'secondary source' has no note (requirements[0].provenance.note)");
            issues[0].Message.Zh.ShouldContain("置信度为“二手来源”的数据没有说明（requirements[0].provenance.note）");
            issues[1].Message.En.ShouldContain("'derived' has no Chinese note");
            issues[2].Message.Zh.ShouldContain("置信度为“未确认”的数据没有说明（conversions[0].note）");
            issues[3].Message.En.ShouldContain("has no English note (testMethods[1].note)");
            issues[3].Message.Zh.ShouldContain("说明缺少英文");
        }

        [Fact]
        public void Should_Report_WB3037_When_Requirement_Applies_To_Unknown_Product_Class() =>
            ShouldHaveIssue(Catalog(c => WithRequirement(c, Valid.Requirement("r", "water", Limit.AtMost("0.10")) with { AppliesTo = new() { ProductClasses = ["fuel"] } })),
                "WB3037", "requirements[0].appliesTo.productClasses[0]");

        [Theory]
        [InlineData("60.05/0")]
        [InlineData("x")]
        [InlineData("1,5")]
        [InlineData("-2")]
        public void Should_Report_WB3052_When_Conversion_Factor_Does_Not_Parse(string factor) =>
            ShouldHaveIssue(Catalog(c => c with { Conversions = [c.Conversions[0] with { Factor = factor }] }), "WB3052", "conversions[0].factor");

        [Fact]
        public void Should_Report_WB3062_When_Exemption_Names_Unknown_Indicator() =>
            ShouldHaveIssue(Catalog(c => c with { ProductClasses = [c.ProductClasses[0] with { Exemptions = [new Exemption("saliva", new("", ""))] }] }),
                "WB3062", "productClasses[0].exemptions[0].indicatorId");

        [Fact]
        public void Should_Report_WB3070_When_Ladder_Has_No_Rungs() =>
            ShouldHaveIssue(Catalog(c => c with { Ladder = new LevelLadder { Id = "l" } }), "WB3070", "ladder.rungs");

        [Fact]
        public void Should_Report_WB3071_When_Rung_Ids_Repeat() =>
            ShouldHaveIssue(Catalog(c => c with { Ladder = new LevelLadder { Id = "l", Rungs = [new LevelRung { Id = "a" }, new LevelRung { Id = "a", Test = RungTest.Always, Failing = true }] } }),
                "WB3071", "ladder.rungs[1].id");

        [Fact]
        public void Should_Warn_WB2031_Naming_Field_Value_And_Known_Categories_When_Category_Matches_No_Requirement()
        {
            // Given: a catalog whose requirements name two categories, and a product of a misspelt one
            var catalog = WithCategories(Valid.Catalog(), "Φ16", "Φ12");
            var submission = Valid.Submission() with { Product = Valid.Submission().Product with { Category = "phi16" } };

            // When
            var issues = InputValidation.ValidateSubmission(submission, catalog);

            // Then: a warning at the field, with the value and the categories in catalog order, in both languages
            ShouldHaveIssue(issues, "WB2031", "product.category", Severity.Warning);
            issues[0].Message.ShouldBe(new LocalizedText(
                "产品分类“phi16”不是目录中任何要求适用的分类（目录中的分类：Φ16、Φ12）；限定分类的要求不适用于本产品。",
                "Product category (product.category) \"phi16\" is none of the categories the catalog's requirements apply to (Φ16, Φ12); requirements limited to categories do not apply to this product."));
        }

        [Theory]
        [InlineData("Φ16")]
        [InlineData("φ16")]
        [InlineData(null)]
        [InlineData(" ")]
        public void Should_Accept_Category_When_A_Requirement_Names_It_Or_None_Is_Given(string? category) =>
            InputValidation.ValidateSubmission(Valid.Submission() with { Product = Valid.Submission().Product with { Category = category } },
                WithCategories(Valid.Catalog(), "Φ16", "Φ12")).ShouldBeEmpty();

        [Fact]
        public void Should_Accept_Any_Category_When_No_Requirement_Names_One() =>
            Submission(s => s with { Product = s.Product with { Category = "phi16" } }).ShouldBeEmpty();

        private static Catalog WithCategories(Catalog catalog, params string[] categories) => catalog with
        {
            Requirements = [.. catalog.Requirements.Select((r, i) => i < categories.Length ? r with { AppliesTo = new() { Categories = [categories[i]] } } : r)],
        };

        [Fact]
        public void Should_Report_Issues_Without_Throwing_When_Json_Holds_Nulls()
        {
            // Given
            const string json = """
                { "schemaVersion": "1.0", "id": "c", "version": "1", "name": null, "sectors": null, "standards": [null, { "code": null }],
                  "indicators": [null, { "id": "a", "scale": null, "derivedFrom": null }],
                  "requirements": [null, { "id": "r", "indicatorId": "a", "standardCode": null, "limit": null, "unit": null, "appliesTo": null, "provenance": null }],
                  "productClasses": [{ "id": "p", "exemptions": [null] }], "conversions": [null, { "factor": "0" }], "ladder": { "rungs": null } }
                """;
            var catalog = BenchmarkJson.Deserialize<Catalog>(json).Value.ShouldNotBeNull();

            // When
            var issues = InputValidation.ValidateCatalog(catalog);

            // Then
            issues.ShouldNotBeEmpty();
            issues.ShouldContain(i => i.Code == "WB3033" && i.Path == "requirements[1].standardCode");
            issues.ShouldContain(i => i.Code == "WB3052" && i.Path == "conversions[1].factor");
            issues.ShouldContain(i => i.Code == "WB3070" && i.Path == "ladder.rungs");
        }

        [Fact]
        public void Should_Carry_The_File_When_One_Is_Given() =>
            InputValidation.ValidateCatalog(Valid.Catalog() with { Id = "" }, "catalog.json").ShouldHaveSingleItem().File.ShouldBe("catalog.json");
    }

    public class TheSubmissionChecks
    {
        [Fact]
        public void Should_Return_No_Issues_When_Submission_Is_Valid()
        {
            InputValidation.ValidateSubmission(Valid.Submission(), Valid.Catalog()).ShouldBeEmpty();
            InputValidation.ValidateSubmission(Valid.Submission()).ShouldBeEmpty();
        }

        [Theory]
        [InlineData("2026")]
        [InlineData("2026-H2")]
        [InlineData("2026-Q4")]
        [InlineData("2026-12")]
        public void Should_Accept_A_Period_As_A_Year_Half_Quarter_Or_Month(string period) =>
            Submission(s => s with { Period = period }).ShouldBeEmpty();

        [Theory]
        [InlineData("")]
        [InlineData("26")]
        [InlineData("2026-H3")]
        [InlineData("2026-Q5")]
        [InlineData("2026-13")]
        [InlineData("2026/07")]
        [InlineData("3026")]
        public void Should_Report_WB2070_When_The_Period_Is_Not_One_Of_The_Four_Forms(string period) =>
            ShouldHaveIssue(Submission(s => s with { Period = period }), "WB2070", "period");

        [Fact]
        public void Should_Report_WB2001_When_Schema_Version_Is_Unsupported() =>
            ShouldHaveIssue(Submission(s => s with { SchemaVersion = "2.0" }), "WB2001", "schemaVersion");

        [Fact]
        public void Should_Report_Missing_Ids_When_Id_Sector_And_Name_Are_Empty()
        {
            var issues = Submission(s => s with { Id = "", Sector = " ", Enterprise = s.Enterprise with { Name = "" } });
            issues.Select(i => (i.Code, i.Path)).ShouldBe([("WB2002", "id"), ("WB2003", "sector"), ("WB2004", "enterprise.name")]);
        }

        [Fact]
        public void Should_Report_WB2008_When_Sector_Is_Not_Covered_By_The_Catalog() =>
            ShouldHaveIssue(Submission(s => s with { Sector = "textiles" }), "WB2008", "sector");

        [Theory]
        [InlineData("91350100M000100Y4Z")] // 'Z' is outside the character set
        [InlineData("91512081MA62K0260")]
        [InlineData("915120A1MA62K0260E")]
        public void Should_Report_WB2005_When_Credit_Code_Is_Malformed(string code) =>
            ShouldHaveIssue(Submission(s => s with { Enterprise = s.Enterprise with { CreditCode = code } }), "WB2005", "enterprise.creditCode");

        [Theory]
        [InlineData("91350211M0000XUF46", 'R')]
        [InlineData("91350203M0001QAY9B", '9')]
        public void Should_Report_WB2006_With_Expected_Character_When_Check_Character_Is_Wrong(string code, char expected)
        {
            var issues = Submission(s => s with { Enterprise = s.Enterprise with { CreditCode = code } });
            ShouldHaveIssue(issues, "WB2006", "enterprise.creditCode");
            issues[0].Message.En.ShouldContain($"'{expected}'");
            issues[0].Message.Zh.ShouldContain(code);
        }

        [Fact]
        public void Should_Report_WB2010_When_Result_Has_No_Indicator() =>
            ShouldHaveIssue(Submission(s => s with { Results = [Valid.Result("", "1")] }, withCatalog: false), "WB2010", "results[0].indicatorId");

        [Fact]
        public void Should_Report_WB2011_When_Indicator_Is_Repeated_In_Results() =>
            ShouldHaveIssue(Submission(s => s with { Results = [.. s.Results, Valid.Result("water", "0.09")] }), "WB2011", "results[4].indicatorId");

        [Fact]
        public void Should_Report_WB2012_When_Indicator_Is_Unknown_To_The_Catalog() =>
            ShouldHaveIssue(Submission(s => s with { Results = [.. s.Results, Valid.Result("sulphur", "0.4")] }), "WB2012", "results[4].indicatorId");

        [Fact]
        public void Should_Report_WB2013_When_Value_Is_Missing() =>
            ShouldHaveIssue(Submission(s => s with { Results = [Valid.Result("water", "")] }), "WB2013", "results[0].value");

        [Theory]
        [InlineData("1,2.3")]
        [InlineData("NaN")]
        [InlineData("0.1 %")]
        [InlineData(">0.5")]
        [InlineData("<0.01(+)")]
        public void Should_Report_WB2014_When_Quantitative_Value_Does_Not_Parse(string value) =>
            ShouldHaveIssue(Submission(s => s with { Results = [Valid.Result("water", value)] }), "WB2014", "results[0].value");

        [Fact]
        public void Should_Name_The_Indicator_By_Its_Chinese_Name_In_The_Chinese_Message_And_By_Its_Id_In_The_English_One()
        {
            var issue = Submission(s => s with { Results = [Valid.Result("water", "abc")] }).ShouldHaveSingleItem();

            issue.Code.ShouldBe("WB2014");
            issue.Message.Zh.ShouldContain($"指标\"{Valid.Water.Name.Zh}\"");
            issue.Message.Zh.ShouldNotContain("water");
            issue.Message.En.ShouldContain("indicator \"water\"");
        }

        [Theory]
        [InlineData("0.50")]
        [InlineData("16.50(+)")]
        [InlineData("16.50(-)")]
        [InlineData("16.50(−)")]
        [InlineData("<0.01")]
        [InlineData("< 0.01")]
        [InlineData("ND")]
        [InlineData("n.d.")]
        [InlineData("未检出")]
        public void Should_Accept_Value_When_It_Is_Decimal_Signed_Or_Below_Detection(string value) =>
            Submission(s => s with { Results = [Valid.Result("water", value)] }).ShouldBeEmpty();

        [Fact]
        public void Should_Report_WB2015_When_Ordinal_Value_Is_Not_On_The_Scale() =>
            ShouldHaveIssue(Submission(s => s with { Results = [Valid.Result("fastness", "3.5")] }), "WB2015", "results[0].value");

        [Fact]
        public void Should_Report_WB2016_When_Value_Is_Negative_And_Indicator_Cannot_Be() =>
            ShouldHaveIssue(Submission(s => s with { Results = [Valid.Result("water", "-0.02")] }), "WB2016", "results[0].value");

        [Fact]
        public void Should_Accept_Negative_Value_When_Indicator_Allows_It() =>
            Submission(s => s with { Results = [Valid.Result("freezing-point", "-97.6")] }).ShouldBeEmpty();

        [Fact]
        public void Should_Report_WB2017_When_Unit_Is_Wrong() =>
            ShouldHaveIssue(Submission(s => s with { Results = [Valid.Result("water", "0.08", "mg/L")] }), "WB2017", "results[0].unit");

        [Fact]
        public void Should_Accept_Unit_When_It_Converts() =>
            Submission(s => s with { Results = [Valid.Result("water", "800", "mg/kg"), Valid.Result("acidity", "0.0012", "% (m/m)")] }).ShouldBeEmpty();

        [Theory]
        [InlineData("-0.01", "uncertainty", "WB2018", "results[0].uncertainty")]
        [InlineData("NaN", "uncertainty", "WB2018", "results[0].uncertainty")]
        [InlineData("0", "coverage", "WB2019", "results[0].coverageFactor")]
        [InlineData("two", "coverage", "WB2019", "results[0].coverageFactor")]
        [InlineData("-1", "detection", "WB2020", "results[0].detectionLimit")]
        public void Should_Report_Uncertainty_Issues_When_Numbers_Are_Bad(string text, string field, string code, string path)
        {
            var result = field switch
            {
                "uncertainty" => Valid.Result("water", "0.08") with { Uncertainty = text },
                "coverage" => Valid.Result("water", "0.08") with { Uncertainty = "0.01", CoverageFactor = text },
                _ => Valid.Result("water", "ND") with { BelowDetectionLimit = true, DetectionLimit = text },
            };
            ShouldHaveIssue(Submission(s => s with { Results = [result] }, withCatalog: false), code, path);
        }

        [Fact]
        public void Should_Report_WB2030_When_Product_Class_Is_Unknown() =>
            ShouldHaveIssue(Submission(s => s with { Product = s.Product with { ProductClass = "fuel" } }), "WB2030", "product.productClass");

        [Fact]
        public void Should_Name_The_Product_Classes_And_Values_Beside_Their_Ids_In_Chinese()
        {
            // Given: a catalog whose product class and categorical values have names
            var miscibility = Valid.Miscibility with { Values = [new("pass", new("通过", "pass")), new("turbid", new("浑浊", "turbid"))] };
            var catalog = Valid.Catalog() with { Indicators = [.. Valid.Catalog().Indicators.Where(i => i.Id != miscibility.Id), miscibility] };
            var submission = Valid.Submission() with
            {
                Product = Valid.Submission().Product with { ProductClass = "fuel" },
                Results = [new MeasuredResult { IndicatorId = miscibility.Id, Value = "清澈" }],
            };

            // When
            var issues = InputValidation.ValidateSubmission(submission, catalog);

            // Then: what to write, with what it means in the reader's language
            issues.Single(i => i.Code == "WB2030").Message.Zh.ShouldBe("产品类别\"fuel\"未知（目录定义的类别：industrial：工业用）。");
            issues.Single(i => i.Code == "WB2030").Message.En.ShouldBe("Unknown product class \"fuel\" (the catalog defines: industrial).");
            issues.Single(i => i.Code == "WB2024").Message.Zh.ShouldBe("值\"清澈\"不是指标\"水混溶性\"的可用值（pass：通过；turbid：浑浊）。");
            // In English too the indicator is named, as the report names it, not by its id.
            issues.Single(i => i.Code == "WB2024").Message.En.ShouldBe($"Value \"清澈\" is not one of the values of indicator \"{miscibility.Name.En}\" (pass, turbid).");
            miscibility.Name.En.ShouldNotBe(miscibility.Id);
        }

        [Fact]
        public void Should_Accept_Any_Product_Class_When_The_Catalog_Defines_None() =>
            InputValidation.ValidateSubmission(Valid.Submission() with { Product = new() { Name = "x", ProductClass = "fuel" } }, Valid.Catalog() with { ProductClasses = [] })
                .ShouldBeEmpty();

        [Fact]
        public void Should_Report_Issues_Without_Throwing_When_Json_Holds_Nulls()
        {
            // Given
            const string json = """
                { "schemaVersion": null, "id": null, "sector": null, "enterprise": null, "product": null,
                  "results": [null, { "indicatorId": null, "value": null, "unit": null }], "enterpriseStandard": { "code": null, "limits": [null, { "limit": null }] } }
                """;
            var submission = BenchmarkJson.Deserialize<Submission>(json).Value.ShouldNotBeNull();

            // When
            var issues = InputValidation.ValidateSubmission(submission, Valid.Catalog());

            // Then
            // Null members keep their defaults when read, except schemaVersion, which must be stated; null items and members are reported.
            issues.Select(i => i.Code).ShouldBe(["WB2001", "WB2002", "WB2003", "WB2004", "WB2007", "WB2021", "WB2010", "WB2013", "WB2040", "WB2051", "WB2041", "WB2043"], ignoreOrder: true);
        }

        [Fact]
        public void Should_Report_WB2041_When_Enterprise_Limit_Names_Unknown_Indicator() =>
            ShouldHaveIssue(Submission(s => s with { EnterpriseStandard = s.EnterpriseStandard! with { Limits = [new EnterpriseLimit { IndicatorId = "sulphur", Limit = Limit.AtMost("1") }] } }),
                "WB2041", "enterpriseStandard.limits[0].indicatorId");

        [Theory]
        [InlineData("1,2.3", "WB2044", "enterpriseStandard.limits[0].limit.max")]
        [InlineData("", "WB2043", "enterpriseStandard.limits[0].limit.max")]
        public void Should_Report_Enterprise_Limit_Issues_When_Limit_Is_Malformed(string max, string code, string path) =>
            ShouldHaveIssue(Submission(s => s with { EnterpriseStandard = s.EnterpriseStandard! with { Limits = [new EnterpriseLimit { IndicatorId = "water", Limit = Limit.AtMost(max) }] } }),
                code, path);

        [Fact]
        public void Should_Report_WB2050_When_Enterprise_Limit_Unit_Is_Wrong() =>
            ShouldHaveIssue(Submission(s => s with { EnterpriseStandard = s.EnterpriseStandard! with { Limits = [new EnterpriseLimit { IndicatorId = "water", Limit = Limit.AtMost("1"), Unit = "g/L" }] } }),
                "WB2050", "enterpriseStandard.limits[0].unit");

        [Fact]
        public void Should_Return_Every_Issue_When_Submission_Has_Many_Problems()
        {
            // Given
            var submission = new Submission
            {
                SchemaVersion = "9",
                Id = "",
                Sector = "petrochemical",
                Enterprise = new() { Name = "", CreditCode = "91350100M000100Y44" },
                Product = new() { Name = "甲醇", ProductClass = "fuel" },
                Results =
                [
                    Valid.Result("water", "1,2.3"),
                    Valid.Result("water", "NaN"),
                    Valid.Result("acidity", "-0.001", "mg/L"),
                    Valid.Result("sulphur", "0.4"),
                    Valid.Result("fastness", "6") with { Uncertainty = "-1", CoverageFactor = "0" },
                ],
                EnterpriseStandard = new() { Code = "", Limits = [new EnterpriseLimit { IndicatorId = "water", Limit = Limit.Between("0.2", "0.1") }] },
            };

            // When
            var issues = InputValidation.ValidateSubmission(submission, Valid.Catalog(), "s.json");

            // Then
            issues.Select(i => (i.Code, i.Path)).ShouldBe(
            [
                ("WB2001", "schemaVersion"),
                ("WB2002", "id"),
                ("WB2004", "enterprise.name"),
                ("WB2006", "enterprise.creditCode"),
                ("WB2030", "product.productClass"),
                ("WB2011", "results[1].indicatorId"),
                ("WB2014", "results[0].value"),
                ("WB2014", "results[1].value"),
                ("WB2016", "results[2].value"),
                ("WB2017", "results[2].unit"),
                ("WB2012", "results[3].indicatorId"),
                ("WB2015", "results[4].value"),
                ("WB2018", "results[4].uncertainty"),
                ("WB2019", "results[4].coverageFactor"),
                ("WB2040", "enterpriseStandard.code"),
                ("WB2045", "enterpriseStandard.limits[0].limit"),
            ], ignoreOrder: true);
            issues.ShouldAllBe(i => i.File == "s.json" && i.Severity == Severity.Error);
        }
    }

    public class TheValidators
    {
        [Fact]
        public void Should_Fail_With_Code_And_Bilingual_Message_When_Credit_Code_Check_Fails()
        {
            // When
            var issues = InputValidation.ValidateSubmission(Valid.Submission() with { Enterprise = new Enterprise { Name = "x", CreditCode = "91350203M0001QAY9B" } });

            // Then
            var issue = issues.ShouldHaveSingleItem();
            issue.Path.ShouldBe("enterprise.creditCode");
            issue.Code.ShouldBe("WB2006");
            issue.Severity.ShouldBe(Severity.Error);
            issue.Message.ShouldBe(new LocalizedText(
                "统一社会信用代码\"91350203M0001QAY9B\"校验码错误：第 18 位应为 '9'，实际为 'B'。",
                "Credit code \"91350203M0001QAY9B\" fails its check: character 18 should be '9', not 'B'."));
        }

        [Fact]
        public void Should_Skip_Catalog_Checks_When_No_Catalog_Is_Attached()
        {
            // When
            var issues = InputValidation.ValidateSubmission(Valid.Submission() with { Results = [Valid.Result("sulphur", "NaN")] });

            // Then
            issues.ShouldBeEmpty();
        }

        [Theory]
        [InlineData("Results[3].Value", "results[3].value")]
        [InlineData("EnterpriseStandard.Limits[0].Limit.max", "enterpriseStandard.limits[0].limit.max")]
        [InlineData("", "$")]
        public void Should_Map_Property_Paths_To_Json_Paths_When_Reporting(string propertyPath, string jsonPath) =>
            ValidationFailures.JsonPath(propertyPath).ShouldBe(jsonPath);
    }
}
