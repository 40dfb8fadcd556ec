using System.Text;

namespace Governance.Analyzers.Tests.Accuracy;

/// <summary>
/// Reads the labelled corpora kept in TestData/pii (copied to the test output; its README says where each came from
/// and how far to trust its labels).
/// </summary>
internal static class LabelledCorpora
{
    private static string DataDirectory => Path.Combine(AppContext.BaseDirectory, "TestData", "pii");

    /// <summary>The hand-labelled development set; '?' rows are ambiguous and not returned.</summary>
    public static IReadOnlyList<LabelledName> DevelopmentSet() =>
        ReadLines("names.dev.tsv")
            .Where(line => !line.StartsWith('#') && !line.StartsWith("name\t", StringComparison.Ordinal) && line.Trim().Length > 0)
            .Select(line => line.Split('\t'))
            .Where(columns => columns[2] is "0" or "1")
            .Select(columns => new LabelledName(columns[0], columns[1], columns[2] == "1"))
            .ToList();

    /// <summary>
    /// The Bearer scanner's classification fixtures: personal when Bearer expects a data type; held by the object the
    /// fixture puts the property in (Bearer reads a property together with its object's name). A label
    /// <c>false_positive:...</c> marks a detection the fixture records as wrong, so the name is not personal.
    /// </summary>
    public static IReadOnlyList<LabelledName> BearerProperties()
    {
        var names = new List<LabelledName>();
        foreach (var line in ReadLines("bearer-properties.tsv").Skip(1))
        {
            // language, name, peer_label, property_type, object_name
            var columns = line.Split('\t');
            var type = columns[3] switch
            {
                "boolean" or "bool" => "bool",
                "number" or "integer" or "int" => "long",
                _ => "string",
            };
            var personal = columns[2] != "none" && !columns[2].StartsWith("false_positive:", StringComparison.Ordinal);
            names.Add(new LabelledName(Identifier(columns[1]), type, personal, columns[4].Length == 0 ? string.Empty : Identifier(columns[4])));
        }

        return names;
    }

    /// <summary>
    /// Mozilla Glean metrics and event extra keys whose owners labelled them technical data only: none is personal.
    /// An extra key is named as its event sends it, held by its event (category and name); a metric by its name, with
    /// the C# type closest to its metric type, held by its category.
    /// </summary>
    public static IReadOnlyList<LabelledName> GleanTechnicalFields()
    {
        var names = new List<LabelledName>();
        foreach (var line in ReadLines("glean-technical.tsv").Skip(1))
        {
            // source_repo, source_path, category, metric_name, metric_type, extra_key, data_sensitivity
            var columns = line.Split('\t');
            Assert.Equal("technical", columns[6]);
            var isExtra = columns[5].Length > 0;
            var type = isExtra ? "string" : columns[4] switch
            {
                "boolean" => "bool",
                "counter" or "quantity" or "labeled_counter" or "timing_distribution" or "labeled_timing_distribution"
                    or "timespan" or "memory_distribution" or "custom_distribution" or "rate" => "long",
                "datetime" => "DateTime",
                "uuid" => "Guid",
                _ => "string",
            };
            var holder = Identifier(isExtra ? columns[2] + "_" + columns[3] : columns[2]);
            names.Add(new LabelledName(Identifier(isExtra ? columns[5] : columns[3]), type, Personal: false, holder));
        }

        return names;
    }

    private static IEnumerable<string> ReadLines(string file)
    {
        var path = Path.Combine(DataDirectory, file);
        Assert.True(File.Exists(path), $"The corpus is missing from the test output: {path}");
        return File.ReadLines(path);
    }

    /// <summary>Corpus names as C# identifiers: anything that is not a letter, digit or underscore becomes '_'.</summary>
    private static string Identifier(string name)
    {
        var builder = new StringBuilder(name.Length + 1);
        foreach (var c in name)
        {
            builder.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }
}
