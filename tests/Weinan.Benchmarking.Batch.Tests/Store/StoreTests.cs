using Microsoft.Data.Sqlite;
using Weinan.Benchmarking.Batch.Tests.Support;
using Weinan.Benchmarking.Sdk.Json;
using Weinan.Benchmarking.Store;

namespace Weinan.Benchmarking.Batch.Tests.Store;

/// <summary>The store: idempotent re-runs, new results for new catalog versions, submissions as stored, and refusing what is no store.</summary>
public class StoreTests
{
    private static readonly string[] Samples = [Catalogs.Samples("textiles"), Catalogs.Samples("chemicals")];

    [Fact]
    public void Should_Store_Nothing_New_When_The_Same_Input_Runs_Again()
    {
        // Given
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "wbench.db");

        // When
        var (first, stored) = StoreRuns.Run(db, Samples);
        StoreCounts afterFirst;
        using (var store = StoreRuns.Open(db))
        {
            afterFirst = store.Counts();
        }

        var (second, again) = StoreRuns.Run(db, Samples);

        // Then
        first.Assessed.ShouldBeGreaterThan(5);
        stored.Stored.ShouldBe(first.Assessed);
        stored.Known.ShouldBe(0);
        again.Stored.ShouldBe(0);
        again.Known.ShouldBe(second.Assessed);
        using var reopened = StoreRuns.Open(db);
        var counts = reopened.Counts();
        counts.ShouldBe(afterFirst with { Batches = 2 });
        counts.Submissions.ShouldBe(first.Assessed);
        counts.Results.ShouldBe(first.Assessed);
        counts.Catalogs.ShouldBe(2);
    }

    [Fact]
    public void Should_Add_A_Result_Beside_The_Stored_One_When_The_Catalog_Version_Changes()
    {
        // Given: the samples stored against the plugins' catalogs
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "wbench.db");
        var (first, _) = StoreRuns.Run(db, Samples);
        var before = Lines(db);

        // When: re-assessed with an upgraded catalog, then the upgrade run again
        var (_, upgraded) = StoreRuns.Run(db, Samples, StoreRuns.WithVersion("9.9.9"));
        var (_, again) = StoreRuns.Run(db, Samples, StoreRuns.WithVersion("9.9.9"));

        // Then: one new result per submission, the old results byte for byte as they were, no submission twice
        upgraded.Stored.ShouldBe(first.Assessed);
        again.Stored.ShouldBe(0);
        var after = Lines(db);
        after.Count.ShouldBe(2 * before.Count);
        foreach (var (id, line) in before)
        {
            after[id].ShouldBe(line);
        }

        using var store = StoreRuns.Open(db);
        store.Counts().ShouldBe(new StoreCounts(first.Assessed, 2 * first.Assessed, 4, 3));
        var history = EnterpriseHistory.Read(store, "91610503MA6Y4R2N50")!;
        history.Products.ShouldNotBeEmpty();
        history.Products.ShouldAllBe(p => p.Periods.All(l => l.CatalogVersions == "9.9.9"));
    }

    [Fact]
    public void Should_Key_Each_Result_By_Credit_Code_Product_And_Period_With_The_Catalog_Versions_And_Limits_It_Used()
    {
        // Given: the samples stored, then the shirt sample of another period
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "wbench.db");
        var (items, _, _) = Catalogs.Run(Samples);
        StoreRuns.Run(db, Samples);
        var shirt = items.Single(i => i.Row.Submission!.Id == "textiles-2025-0002");
        var nextPeriod = temp.File("next.jsonl", StoreRuns.Line("textiles", "cotton-shirt", s => s["period"] = "2027-H1") + "\n");
        StoreRuns.Run(db, [nextPeriod]);
        var plugin = Catalogs.Resolve("textiles").Catalog!;

        // When: the shirt's rows, joined with the catalogs their results were assessed against
        var rows = new List<(string Credit, string Product, string Period, string Refs, string Catalog, byte[] Line)>();
        using (var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT s.credit_code, s.product, s.period, c.refs, c.catalog, r.line
                FROM results r JOIN submissions s ON s.id = r.submission JOIN catalogs c ON c.id = r.catalog
                WHERE s.credit_code = '91610503MA6Y4R2N50' AND s.product = '男士纯棉长袖衬衫' ORDER BY s.period
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), (byte[])reader.GetValue(5)));
            }
        }

        // Then: one result per period under the same credit code and product, each with the plugin's version and limits
        rows.Select(r => (r.Credit, r.Product, r.Period)).ShouldBe([("91610503MA6Y4R2N50", "男士纯棉长袖衬衫", "2026-H2"), ("91610503MA6Y4R2N50", "男士纯棉长袖衬衫", "2027-H1")]);
        StoredBlob.Unpack(rows[0].Line, null).ShouldBe(shirt.Line);
        foreach (var row in rows)
        {
            BenchmarkJson.Deserialize<CatalogReference[]>(row.Refs).Value.ShouldBe([new CatalogReference(plugin.Catalog.Id, plugin.Catalog.Version)]);
            var catalog = BenchmarkJson.Deserialize<Catalog>(row.Catalog).Value!;
            catalog.Version.ShouldBe(plugin.Catalog.Version);
            catalog.Requirements.Count.ShouldBe(plugin.Catalog.Requirements.Count);
            catalog.Requirements.Select(BenchmarkJson.Serialize).ShouldBe(plugin.Catalog.Requirements.Select(BenchmarkJson.Serialize));
            catalog.Requirements.ShouldContain(q => q.IndicatorId == "formaldehyde");
        }

        // And: the key with the same content cannot be stored twice
        using var writer = new SqliteConnection($"Data Source={db};Pooling=False");
        writer.Open();
        using var duplicate = writer.CreateCommand();
        duplicate.CommandText = """
            INSERT INTO submissions (hash, credit_code, product, period, sector, submission_id, enterprise, product_name, batch, submission)
            SELECT hash, credit_code, product, period, sector, submission_id, enterprise, product_name, batch, submission FROM submissions
            WHERE credit_code = '91610503MA6Y4R2N50' AND period = '2026-H2'
            """;
        Should.Throw<SqliteException>(() => duplicate.ExecuteNonQuery()).SqliteErrorCode.ShouldBe(19);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Should_Keep_Each_Submission_As_Submission_Json_That_Reads_Back_To_The_Same_Submission(bool preparedOnTheAssessingThreads)
    {
        // Given
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "wbench.db");
        var (items, _, _) = Catalogs.Run(Samples);
        StoreRuns.Run(db, Samples, concurrent: preparedOnTheAssessingThreads);

        // When
        var stored = new List<(string Hash, string Json)>();
        using (var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT hex(hash), submission FROM submissions ORDER BY id";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                var blob = (byte[])reader.GetValue(1);
                blob[0].ShouldBe((byte)0, "packed");
                stored.Add((reader.GetString(0), System.Text.Encoding.UTF8.GetString(StoredBlob.Unpack(blob, null))));
            }
        }

        // Then: the same submissions, in input order, each hashed over its stored JSON (before packing)
        stored.Count.ShouldBe(items.Count);
        for (var n = 0; n < items.Count; n++)
        {
            var read = BenchmarkJson.Deserialize<Submission>(stored[n].Json);
            read.Issues.ShouldBeEmpty();
            BenchmarkJson.Serialize(read.Value!).ShouldBe(BenchmarkJson.Serialize(items[n].Row.Submission!));
            stored[n].Hash.ShouldBe(Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stored[n].Json))));
        }
    }

    [Fact]
    public void Should_Read_A_Schema_1_Store_As_It_Is_And_Raise_It_To_Schema_3_When_A_Batch_Writes_Into_It()
    {
        // Given: a store of schema 1, as an earlier build wrote it: the submission and the line kept as plain JSON
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "wbench.db");
        var (first, _) = StoreRuns.Run(db, Samples);
        using (var connection = new SqliteConnection($"Data Source={db};Pooling=False"))
        {
            connection.Open();
            var rows = new List<(string Table, long Id, string Column, byte[] Json)>();
            using (var read = connection.CreateCommand())
            {
                read.CommandText = "SELECT 'submissions', id, 'submission', submission FROM submissions UNION ALL SELECT 'results', id, 'line', line FROM results";
                using var reader = read.ExecuteReader();
                while (reader.Read())
                {
                    rows.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2), StoredBlob.Unpack((byte[])reader.GetValue(3), null)));
                }
            }

            foreach (var (table, id, column, json) in rows)
            {
                using var write = connection.CreateCommand();
                write.CommandText = $"UPDATE {table} SET {column} = $json WHERE id = {id}";
                write.Parameters.AddWithValue("$json", json);
                write.ExecuteNonQuery();
            }

            using var schema = connection.CreateCommand();
            schema.CommandText = "UPDATE meta SET value = '1' WHERE key = 'schema'";
            schema.ExecuteNonQuery();
        }

        // When: read as it is; then the chemicals written into it again by a batch of an upgraded catalog
        List<string> shirtBefore;
        using (var old = StoreRuns.Open(db, readOnly: true))
        {
            shirtBefore = Cells(EnterpriseHistory.Read(old, "91610503MA6Y4R2N50")!);
        }

        var chemicals = Catalogs.Samples("chemicals");
        var (again, upgraded) = StoreRuns.Run(db, [chemicals], StoreRuns.WithVersion("9.9.9"));

        // Then: the schema is 3, with its table of dictionaries; the earlier rows stay plain, the new ones are packed, and both read
        var count = (long n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        upgraded.Stored.ShouldBe(again.Assessed);
        Scalar(db, "SELECT value FROM meta WHERE key = 'schema'").ShouldBe("3");
        Scalar(db, "SELECT count(*) FROM dictionaries").ShouldBe("0");
        Scalar(db, "SELECT count(*) FROM results WHERE hex(substr(line, 1, 1)) = '7B'").ShouldBe(count(first.Assessed));
        Scalar(db, "SELECT count(*) FROM results WHERE hex(substr(line, 1, 1)) = '00'").ShouldBe(count(again.Assessed));
        using var store = StoreRuns.Open(db, readOnly: true);
        shirtBefore.ShouldNotBeEmpty();
        Cells(EnterpriseHistory.Read(store, "91610503MA6Y4R2N50")!).ShouldBe(shirtBefore);
        var methanol = EnterpriseHistory.Read(store, "91610581MA6YJ8K36G")!;
        methanol.Products.ShouldAllBe(p => p.Periods.All(l => l.CatalogVersions == "9.9.9"));
        Cells(methanol).ShouldNotBeEmpty();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5_000)]
    [InlineData(300_000)]
    public void Should_Pack_And_Unpack_To_The_Same_Bytes_And_Refuse_A_Damaged_Blob(int length)
    {
        // Given: JSON-like text of the length, repetitive as result lines are, with random values in it
        var random = new Random(length);
        var text = new System.Text.StringBuilder();
        while (text.Length < length)
        {
            text.Append("{\"standard\":\"GB 18401-2010\",\"limit\":\"≤ ").Append(random.Next(1000)).Append("\"},");
        }

        var json = System.Text.Encoding.UTF8.GetBytes(text.ToString(0, length));

        // When
        var packed = StoredBlob.Pack(json);

        // Then
        packed[0].ShouldBe((byte)0);
        StoredBlob.Unpack(packed, null).ShouldBe(json);
        if (length >= 5_000)
        {
            packed.Length.ShouldBeLessThan(json.Length / 2);
            Should.Throw<InvalidDataException>(() => StoredBlob.Unpack(packed[..(packed.Length / 2)], null));
        }

        Should.Throw<InvalidDataException>(() => StoredBlob.Unpack([0, 1], null));
        StoredBlob.Unpack("{\"plain\":1}"u8.ToArray(), null).ShouldBe("{\"plain\":1}"u8.ToArray());
    }

    [Theory]
    [InlineData(false, 60)]
    [InlineData(true, 3_000)]
    public void Should_Pack_Against_A_Dictionary_Of_Each_Catalogs_First_Rows_And_Read_Every_Row_Back(bool preparedOnTheAssessingThreads, int rows)
    {
        // Given: the textile and chemical samples in turn; prepared on the assessing threads, the rows read ahead of the
        // writer (up to 1,024) are packed before the dictionary is made
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "wbench.db");
        var input = SampleBatch.Write(temp, SampleBatch.Lines(rows));
        var (items, _, _) = Catalogs.Run([input]);

        // When: stored, then stored again
        var (first, stored) = StoreRuns.Run(db, [input], concurrent: preparedOnTheAssessingThreads);
        var dictionaries = Scalar(db, "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM dictionaries ORDER BY id)");
        var (_, again) = StoreRuns.Run(db, [input], concurrent: preparedOnTheAssessingThreads);

        // Then: one dictionary per catalog and kind, made of the catalog's first rows in input order, and not made again
        first.Assessed.ShouldBe(rows);
        stored.Stored.ShouldBe(rows);
        again.Known.ShouldBe(rows);
        dictionaries.ShouldBe("submission line submission line");
        Scalar(db, "SELECT group_concat(kind, ' ') FROM (SELECT kind FROM dictionaries ORDER BY id)").ShouldBe(dictionaries);
        var textiles = items.Where(i => i.Row.Submission!.Sector == "textiles").Select(i => i.Line!).Take(DictionaryPacking.Samples).ToList();
        var dictionary = Blob(db, "SELECT content FROM dictionaries WHERE kind = 'line' ORDER BY id LIMIT 1");
        dictionary.ShouldBe(StoreDictionary.Make(textiles));
        dictionary.AsSpan().EndsWith(textiles.SelectMany(l => l).ToArray()).ShouldBeTrue("the samples joined are its content");
        BitConverter.ToUInt32(dictionary, 0).ShouldBe(0xEC30A437u, "Zstandard's dictionary format");

        // And: the first rows of each catalog are packed with LZ4 alone, most of the rest against the dictionary; each
        // reads back to its line and submission, and takes far less room than with LZ4 alone
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cache = new StoreDictionary.Cache(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT r.line, s.submission FROM results r JOIN submissions s ON s.id = r.submission ORDER BY r.id";
        using var reader = command.ExecuteReader();
        var n = 0;
        long packed = 0, alone = 0;
        var kinds = new List<(string Sector, byte Kind)>();
        while (reader.Read())
        {
            var line = (byte[])reader.GetValue(0);
            kinds.Add((items[n].Row.Submission!.Sector, line[0]));
            StoredBlob.Unpack(line, cache).ShouldBe(items[n].Line);
            var submission = BenchmarkJson.Deserialize<Submission>(System.Text.Encoding.UTF8.GetString(StoredBlob.Unpack((byte[])reader.GetValue(1), cache)));
            BenchmarkJson.Serialize(submission.Value!).ShouldBe(BenchmarkJson.Serialize(items[n].Row.Submission!));
            if (line[0] == StoredBlob.Dictionary)
            {
                packed += line.Length;
                alone += StoredBlob.Pack(items[n].Line).Length;
            }

            n++;
        }

        n.ShouldBe(rows);
        foreach (var sector in kinds.GroupBy(k => k.Sector))
        {
            sector.Take(DictionaryPacking.Samples).ShouldAllBe(k => k.Kind == 0);
        }

        kinds.Count(k => k.Kind == StoredBlob.Dictionary).ShouldBeGreaterThan(rows / 2);
        packed.ShouldBeLessThan(alone / 2);
    }

    [Fact]
    public void Should_Refuse_A_Blob_Packed_Against_A_Dictionary_That_Is_Damaged_Or_Not_In_The_Store()
    {
        // Given: a store with a dictionary, and a line packed against it
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "wbench.db");
        var input = SampleBatch.Write(temp, SampleBatch.Lines(30));
        StoreRuns.Run(db, [input]);
        var content = Blob(db, "SELECT content FROM dictionaries WHERE kind = 'line' ORDER BY id LIMIT 1");
        var id = long.Parse(Scalar(db, "SELECT id FROM dictionaries WHERE kind = 'line' ORDER BY id LIMIT 1"), System.Globalization.CultureInfo.InvariantCulture);
        var json = content.AsSpan(content.Length - 3000).ToArray();
        using var dictionary = new StoreDictionary(id, content);
        var packed = dictionary.Pack(json);
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cache = new StoreDictionary.Cache(connection);

        // When, then: it reads back; cut short, with a byte changed, naming a dictionary the store lacks, or read without
        // the store's dictionaries, it is refused as damaged
        StoredBlob.Unpack(packed, cache).ShouldBe(json);
        Should.Throw<InvalidDataException>(() => StoredBlob.Unpack(packed[..(packed.Length / 2)], cache));
        Should.Throw<InvalidDataException>(() => StoredBlob.Unpack(packed[..10], cache));
        var changed = (byte[])packed.Clone();
        changed[1] ^= 0x10;
        Should.Throw<InvalidDataException>(() => StoredBlob.Unpack(changed, cache));
        var elsewhere = (byte[])packed.Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(elsewhere.AsSpan(5), id + 1000);
        Should.Throw<InvalidDataException>(() => StoredBlob.Unpack(elsewhere, cache));
        Should.Throw<InvalidDataException>(() => StoredBlob.Unpack(packed, null));
        Should.Throw<InvalidDataException>(() => LineIndicator.Read(elsewhere, cache));
    }

    [Fact]
    public void Should_Unpack_Or_Refuse_As_Damaged_Every_Seeded_Damage_To_A_Blob_Packed_Against_A_Dictionary()
    {
        // Given: a dictionary of result lines in a store, and lines packed against it
        using var temp = new TempDirectory();
        var db = Path.Combine(temp.Path, "wbench.db");
        var input = SampleBatch.Write(temp, SampleBatch.Lines(20));
        var (items, _, _) = Catalogs.Run([input]);
        StoreRuns.Run(db, [input], concurrent: false);
        var id = long.Parse(Scalar(db, "SELECT id FROM dictionaries WHERE kind = 'line' ORDER BY id LIMIT 1"), System.Globalization.CultureInfo.InvariantCulture);
        using var dictionary = new StoreDictionary(id, Blob(db, $"SELECT content FROM dictionaries WHERE id = {id}"));
        var packed = items.Where(i => i.Row.Submission!.Sector == "textiles").Select(i => dictionary.Pack(i.Line)).ToList();
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var cache = new StoreDictionary.Cache(connection);
        var random = new Random(20261201);

        // When: 300 times, a packed line with bytes of its frame or its header changed, cut, or grown
        var refused = 0;
        for (var n = 0; n < 300; n++)
        {
            var blob = packed[random.Next(packed.Count)].ToList();
            switch (random.Next(4))
            {
                case 3:
                    blob[random.Next(1, StoredBlob.DictionaryHeader)] = (byte)random.Next(256);
                    break;
                case 0:
                    for (var k = random.Next(1, 4); k > 0; k--)
                    {
                        blob[random.Next(StoredBlob.DictionaryHeader, blob.Count)] = (byte)random.Next(256);
                    }

                    break;
                case 1:
                    var at = random.Next(1, blob.Count);
                    blob.RemoveRange(at, random.Next(1, blob.Count - at + 1));
                    break;
                default:
                    blob.InsertRange(random.Next(1, blob.Count), Enumerable.Range(0, random.Next(1, 40)).Select(_ => (byte)random.Next(256)));
                    break;
            }

            // Then: each is read (to some bytes) or refused as damaged, never any other error
            try
            {
                LineIndicator.Read([.. blob], cache);
            }
            catch (InvalidDataException)
            {
                refused++;
            }
        }

        refused.ShouldBeGreaterThan(150);

        // And: a length far beyond what the blob could unpack to is refused before any memory is set aside for it
        var huge = (byte[])packed[0].Clone();
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(huge.AsSpan(1), int.MaxValue);
        Should.Throw<InvalidDataException>(() => StoredBlob.Unpack(huge, cache)).Message.ShouldContain("different lengths");
        var lz4 = StoredBlob.Pack(items[0].Line);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(lz4.AsSpan(1), int.MaxValue);
        Should.Throw<InvalidDataException>(() => StoredBlob.Unpack(lz4, null)).Message.ShouldContain("more than it can unpack to");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(8)]
    [InlineData(4096)]
    public void Should_Make_A_Dictionary_Of_Any_Samples_That_Packs_And_Unpacks(int length)
    {
        // Given: eight samples alike, the shortest a store could see (a byte each) to lines of a few kilobytes
        var samples = Enumerable.Range(0, DictionaryPacking.Samples).Select(_ => Enumerable.Repeat((byte)'{', length).ToArray()).ToList();
        var json = System.Text.Encoding.UTF8.GetBytes("{\"indicators\":[{\"id\":\"ph\",\"value\":\"6.9\"}]}");

        // When: made into a dictionary, which a line is packed against
        var content = StoreDictionary.Make(samples);
        using var dictionary = new StoreDictionary(1, content);
        var packed = dictionary.Pack(json);

        // Then: it unpacks with the dictionary
        using var decompressor = new ZstdSharp.Decompressor();
        decompressor.LoadDictionary(content);
        decompressor.Unwrap(packed.AsSpan(StoredBlob.DictionaryHeader), json.Length).ToArray().ShouldBe(json);
        StoreDictionary.Make(samples).ShouldBe(content, "the same samples make the same dictionary");
    }

    [Fact]
    public void Should_Read_The_Indicators_Of_A_Stored_Line_As_A_Document_Would()
    {
        // Given: a line with nested judgements and gaps after its indicators, a field given twice, fields that are not text
        var line = """
            {"format":"wbench-result-line/1.0","level":{"rung":"compliant"},"indicators":[
              {"id":"ph","value":"6.9","unit":"","rung":"domestic-leading","judgements":[{"limit":"4.0 ~ 8.5","verdict":"pass"}]},
              {"id":"fibre","component":"cotton","value":"60","value":"61","unit":"%","valueInUnit":"61","rung":3},
              {"id":"odour","component":{"x":[1,2]},"value":null,"unit":"","rung":""}],
             "gaps":[{"indicator":"ph","rung":"x"}],"notEvaluated":[]}
            """;

        // When
        var read = LineIndicator.Read(StoredBlob.Pack(System.Text.Encoding.UTF8.GetBytes(line)), null);

        // Then
        read.ShouldBe([
            new LineIndicator("ph", null, "6.9", "", null, "domestic-leading"),
            new LineIndicator("fibre", "cotton", "61", "%", "61", ""),
            new LineIndicator("odour", null, "", "", null, ""),
        ]);
        LineIndicator.Read(StoredBlob.Pack("{\"indicators\":[{\"id\":\"a\"}],\"indicators\":[{\"id\":\"b\"}]}"u8.ToArray()), null)
            .ShouldHaveSingleItem().Id.ShouldBe("b");
        LineIndicator.Read(StoredBlob.Pack("{\"format\":\"x\"}"u8.ToArray()), null).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("{\"indicators\":[]} x")]
    [InlineData("[{\"indicators\":[]}]")]
    [InlineData("{\"indicators\":{}}")]
    [InlineData("{\"indicators\":[1]}")]
    [InlineData("{\"indicators\":[{\"id\":\"a\"}]")]
    [InlineData("{\"indicators\":[{\"id\":\"\\ud800\"}]}")]
    public void Should_Refuse_A_Stored_Line_That_Is_Not_A_Result_Line(string line) =>
        Should.Throw<InvalidDataException>(() => LineIndicator.Read(StoredBlob.Pack(System.Text.Encoding.UTF8.GetBytes(line)), null));

    [Fact]
    public void Should_Refuse_A_File_That_Is_No_Store_And_Leave_It_As_It_Is()
    {
        // Given: a text file, another program's SQLite database, a store of a newer schema
        using var temp = new TempDirectory();
        var text = temp.File("notes.db", "not a database");
        var other = Path.Combine(temp.Path, "other.db");
        Execute(other, "CREATE TABLE people (name TEXT)");
        var newer = Path.Combine(temp.Path, "newer.db");
        StoreRuns.Open(newer).Dispose();
        Execute(newer, "UPDATE meta SET value = '99' WHERE key = 'schema'");
        var otherBytes = File.ReadAllBytes(other);

        // When
        var issues = new[] { text, other, newer, Path.Combine(temp.Path, "missing.db") }
            .Select((path, n) => BenchmarkStore.Open(path, readOnly: n == 3))
            .Select(o => (o.Store is null, o.Issues.Single().Code))
            .ToList();

        // Then
        issues.ShouldBe([(true, IssueCodes.StoreCannotOpen), (true, IssueCodes.StoreNotAStore), (true, IssueCodes.StoreNotAStore), (true, IssueCodes.StoreCannotOpen)]);
        File.ReadAllBytes(other).ShouldBe(otherBytes);
        File.ReadAllText(text).ShouldBe("not a database");
        File.Exists(Path.Combine(temp.Path, "missing.db")).ShouldBeFalse();
    }

    private static Dictionary<long, byte[]> Lines(string db)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, line FROM results";
        using var reader = command.ExecuteReader();
        var lines = new Dictionary<long, byte[]>();
        while (reader.Read())
        {
            lines[reader.GetInt64(0)] = (byte[])reader.GetValue(1);
        }

        return lines;
    }

    /// <summary>Every indicator's value and rung per period, as read from the stored lines.</summary>
    private static List<string> Cells(EnterpriseHistory history) =>
        [.. history.Products.SelectMany(p => p.Indicators.Select(i => $"{p.Product}/{i.IndicatorId}: {string.Join(", ", i.Cells.Select(c => $"{c?.Value.En} {c?.Rung}"))}"))];

    private static byte[] Blob(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (byte[])command.ExecuteScalar()!;
    }

    private static string Scalar(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static void Execute(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>Every issue code of the store is in the registry, and documented in the batch document with its severity and meaning.</summary>
public class StoreIssueCodeTests
{
    [Fact]
    public void Should_Document_Every_Store_Issue_Code_In_The_Batch_Document()
    {
        // Given: the registry's store codes, and the batch document's code table
        var codes = typeof(IssueCodes).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.Name.StartsWith("Store", StringComparison.Ordinal))
            .Select(f => (string)f.GetValue(null)!).ToList();
        var rows = File.ReadLines(Path.Combine(Catalogs.RepositoryRoot, "docs", "batch.md"))
            .Where(l => l.StartsWith("| WB", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => cells[1], cells => (Severity: cells[2], Meaning: cells[3]), StringComparer.Ordinal);

        // Then: WB6040–WB6044, each an error with a bilingual meaning in the registry and a row in the document
        codes.ShouldBe(["WB6040", "WB6041", "WB6042", "WB6043", "WB6044"]);
        codes.Where(c => IssueCodes.Find(c) is not { DefaultSeverity: Severity.Error, Message: { Zh.Length: > 0, En.Length: > 0 } }).ShouldBeEmpty();
        codes.Where(c => !rows.TryGetValue(c, out var row) || row.Severity != "error" || row.Meaning.Length == 0).ShouldBeEmpty();
    }
}
