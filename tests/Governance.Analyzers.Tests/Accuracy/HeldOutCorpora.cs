using System.Text;

namespace Governance.Analyzers.Tests.Accuracy;

/// <summary>
/// Reads the held-out corpora in ../shared/pii (see its SOURCES.md for how far to trust each label):
/// Mozilla Glean metrics (personal when their data_sensitivity includes web_activity, stored_content or
/// highly_sensitive) and the Bearer scanner's classification fixtures (personal when Bearer expects a data type).
/// </summary>
internal static class HeldOutCorpora
{
    public static string Directory => Path.GetDirectoryName(PersonalDataAccuracyTests.DevelopmentSet)!;

    public static IReadOnlyList<LabelledName> Glean()
    {
        var names = new List<LabelledName>();
        foreach (var columns in Rows("glean-fields.tsv"))
        {
            // source_repo, source_path, category, metric_name, metric_type, extra_key, data_sensitivity, sensitive, description
            var name = columns[5].Length > 0 ? columns[5] : columns[3];
            var type = columns[5].Length > 0 ? "string" : GleanType(columns[4]);
            var sensitivities = columns[6].Split(',');
            var personal = sensitivities.Any(s => s is "web_activity" or "stored_content" or "highly_sensitive");
            names.Add(new LabelledName(Identifier(name), type, personal));
        }

        return names;
    }

    public static IReadOnlyList<LabelledName> Bearer()
    {
        var names = new List<LabelledName>();
        foreach (var columns in Rows("bearer-fixtures.tsv"))
        {
            // source_repo, source_path, name, peer_label, level, object_name, property_type, language, peer_sensitive, ...
            if (columns[4] != "property" || columns[6] is "function")
            {
                continue;
            }

            var type = columns[6] switch
            {
                "boolean" or "bool" => "bool",
                "number" or "integer" or "int" => "long",
                _ => "string",
            };
            names.Add(new LabelledName(Identifier(columns[2]), type, columns[3] != "none"));
        }

        return names;
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(Directory, file)).Skip(1).Select(line => line.Split('\t')).Where(columns => columns.Length >= 7);

    private static string GleanType(string metricType) => metricType switch
    {
        "boolean" => "bool",
        "counter" or "quantity" or "timespan" or "timing_distribution" or "memory_distribution" or "custom_distribution" or "labeled_counter" => "long",
        "uuid" => "Guid",
        "datetime" => "DateTime",
        _ => "string",
    };

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
