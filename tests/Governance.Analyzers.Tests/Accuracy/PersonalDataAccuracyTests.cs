using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis;
using Governance.Analyzers.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Governance.Analyzers.Tests.Accuracy;

/// <summary>
/// How well GOV010 finds personal data by name, measured by running the real analyzer over events built from a
/// labelled development set (TestData/pii/names.dev.tsv; '?' rows are not scored). The vocabulary was written
/// from privacy categories and product naming without reading this set, and is not tuned to it.
/// </summary>
public sealed class PersonalDataAccuracyTests
{
    private const double Target = 0.97;

    private readonly ITestOutputHelper _output;

    public PersonalDataAccuracyTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void GOV010_meets_the_precision_and_recall_targets_on_the_development_set()
    {
        var names = LabelledCorpora.DevelopmentSet();

        var score = Measure(names);
        _output.WriteLine(score.Report("names.dev.tsv"));

        Assert.True(names.Count > 150, "the development set was not read whole");
        Assert.True(score.Precision >= Target && score.Recall >= Target, score.Report("names.dev.tsv"));
    }

    /// <summary>
    /// Builds one event per name, whose single documented, unclassified property is named exactly as in the corpus,
    /// runs every analyzer, and scores the given rules (GOV010 unless told otherwise): a name counts as flagged when
    /// any of them reports its field.
    /// </summary>
    internal static Score Measure(IReadOnlyList<LabelledName> names, params string[] ruleIds)
    {
        var rules = ruleIds.Length == 0 ? ["GOV010"] : ruleIds;
        var source = new StringBuilder();
        for (var i = 0; i < names.Count; i++)
        {
            // The event type is named after the corpus's holder (GOV010 reads a field with its holder's name), in a
            // namespace of its own; without a holder it is "Event", which holds nothing. A type cannot have a member of
            // its own name, so such a holder gains the suffix "Event", which GOV010 reads past.
            var holder = names[i].Holder.Length == 0 ? "Event" : names[i].Holder;
            holder = holder == names[i].Name ? holder + "Event" : holder;
            source.Append(CultureInfo.InvariantCulture, $"namespace Corpus.N{i}\n{{\n");
            source.Append(CultureInfo.InvariantCulture, $"[global::Governance.TelemetryEvent(\"corpus.event{i}\", Purpose = \"Measure the personal-data rule on labelled names.\", RetentionDays = 30, Consent = global::Governance.Consent.OptIn)]\n");
            source.Append(CultureInfo.InvariantCulture, $"public partial record @{holder}\n{{\n    [global::Governance.TelemetryField(\"A field from the labelled corpus.\")] public {CSharpType(names[i].Type)} @{names[i].Name} {{ get; init; }}\n}}\n}}\n\n");
        }

        var outcome = AnalyzerRunner.Run(AnalyzerRunner.Compile(source.ToString())).AssertNoExceptions();
        var compileErrors = outcome.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("GOV", StringComparison.Ordinal)).ToList();
        Assert.Empty(compileErrors);
        var flaggedEvents = outcome.Diagnostics
            .Where(d => rules.Contains(d.Id))
            .Select(d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[3])
            .ToHashSet(StringComparer.Ordinal);

        var score = new Score();
        for (var i = 0; i < names.Count; i++)
        {
            score.Add(names[i], flaggedEvents.Contains("corpus.event" + i.ToString(CultureInfo.InvariantCulture)));
        }

        return score;
    }

    private static string CSharpType(string type) => type switch
    {
        "string" or "int" or "bool" or "double" or "decimal" or "long" or "float" or "byte" or "short" => type,
        "DateTime" or "Guid" => "global::System." + type, // a holder may be named after either
        _ => "string",
    };

    internal sealed class Score
    {
        public List<LabelledName> TruePositives { get; } = [];

        public List<LabelledName> FalsePositives { get; } = [];

        public List<LabelledName> FalseNegatives { get; } = [];

        public int TrueNegatives { get; private set; }

        public double Precision => TruePositives.Count + FalsePositives.Count == 0 ? 1 : (double)TruePositives.Count / (TruePositives.Count + FalsePositives.Count);

        public double Recall => TruePositives.Count + FalseNegatives.Count == 0 ? 1 : (double)TruePositives.Count / (TruePositives.Count + FalseNegatives.Count);

        /// <summary>False alarms over all names labelled not personal.</summary>
        public double FalseAlarmRate => FalsePositives.Count + TrueNegatives == 0 ? 0 : (double)FalsePositives.Count / (FalsePositives.Count + TrueNegatives);

        public void Add(LabelledName name, bool flagged)
        {
            switch ((name.Personal, flagged))
            {
                case (true, true): TruePositives.Add(name); break;
                case (false, true): FalsePositives.Add(name); break;
                case (true, false): FalseNegatives.Add(name); break;
                default: TrueNegatives++; break;
            }
        }

        /// <summary>The figures alone, without the names behind them (for the held-out corpora).</summary>
        public string Figures(string corpus) =>
            string.Create(CultureInfo.InvariantCulture, $"{corpus}: precision {Precision:F3}, recall {Recall:F3}, false-alarm rate {FalseAlarmRate:F4} (TP {TruePositives.Count}, FP {FalsePositives.Count}, FN {FalseNegatives.Count}, TN {TrueNegatives})");

        public string Report(string corpus) =>
            Figures(corpus) + "\n"
            + "False positives: " + string.Join(", ", FalsePositives.Select(n => n.Name + ":" + n.Type)) + "\n"
            + "False negatives: " + string.Join(", ", FalseNegatives.Select(n => n.Name + ":" + n.Type));
    }
}
