using System.Globalization;
using Xunit.Abstractions;

namespace Governance.Analyzers.Tests.Accuracy;

/// <summary>
/// GOV010 on names it was never shaped by: the Bearer scanner's classification fixtures (5,889 property names) and
/// Mozilla Glean fields their owners labelled technical data only (430 names). The vocabulary is grown from categories
/// and naming rules, never from these lists; the figures printed here are recorded, with what was changed after
/// seeing which of them, in docs/pii-accuracy.md. Each assertion is a floor (or ceiling) at the measured value,
/// which catches regressions; the targets are named beside them.
/// </summary>
public sealed class HeldOutCorpusTests
{
    // Issue 18's targets: Bearer recall >= 0.85 at a false-alarm rate <= 0.05; Glean technical-only names flagged <= 2%.
    private const double BearerRecallTarget = 0.85;
    private const double BearerFalseAlarmTarget = 0.05;
    private const double GleanFlaggedTarget = 0.02;

    // Measured 2026-11-30, fields read with their holder (Bearer's object): recall 0.722 (595/824) at a false-alarm
    // rate of 0.04995 (253/5,065); before the holder rule 0.710 (585/824) at the same rate; Glean 5/430 = 0.0116.
    // 2026-12-01, with the law's special categories, national ids, family, pay, signatures and credit standing:
    // recall 0.738 (608/824) at the same 253/5,065; Glean 5/430.
    // The recall floor is the measured value, still below its target: docs/pii-accuracy.md says why.
    private const double BearerRecallFloor = 0.73;
    private const double BearerFalseAlarmCeiling = BearerFalseAlarmTarget;
    private const double GleanFlaggedCeiling = 0.012;

    private readonly ITestOutputHelper _output;

    public HeldOutCorpusTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void GOV010_keeps_its_measured_recall_and_false_alarm_rate_on_the_Bearer_fixtures()
    {
        var names = LabelledCorpora.BearerProperties();
        var score = PersonalDataAccuracyTests.Measure(names);
        var figures = score.Figures("bearer-properties.tsv");
        _output.WriteLine(figures);
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"targets: recall >= {BearerRecallTarget:F2} (floor {BearerRecallFloor:F2}), false-alarm rate <= {BearerFalseAlarmTarget:F2}"));

        Assert.True(names.Count > 5000, "the corpus was not read whole");
        Assert.True(score.Recall >= BearerRecallFloor && score.FalseAlarmRate <= BearerFalseAlarmCeiling, figures);
    }

    [Fact]
    public void GOV010_flags_few_of_the_Glean_fields_labelled_technical()
    {
        var names = LabelledCorpora.GleanTechnicalFields();
        var score = PersonalDataAccuracyTests.Measure(names);
        var freeText = PersonalDataAccuracyTests.Measure(names, "GOV010", "GOV013");
        var figures = string.Create(CultureInfo.InvariantCulture, $"glean-technical.tsv: GOV010 flags {score.FalsePositives.Count} of {names.Count} ({score.FalseAlarmRate:P1}); GOV010 or GOV013 {freeText.FalsePositives.Count} ({freeText.FalseAlarmRate:P1})");
        _output.WriteLine(figures);
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"target: GOV010 flags <= {GleanFlaggedTarget:P0} (ceiling {GleanFlaggedCeiling:P1})"));

        Assert.True(names.Count > 400, "the corpus was not read whole");
        Assert.True(score.FalseAlarmRate <= GleanFlaggedCeiling, figures);
    }
}
