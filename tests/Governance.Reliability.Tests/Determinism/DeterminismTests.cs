using System.Globalization;
using System.Text;
using Governance.Reliability.Tests.Generation;
using Governance.Reliability.Tests.Infrastructure;

namespace Governance.Reliability.Tests.Determinism;

/// <summary>
/// The manifest and every generated file are the same bytes whatever the order of the files, the machine's culture
/// or the sources' line endings, and from one run to the next.
/// </summary>
public sealed class DeterminismTests
{
    public static TheoryData<int> Seeds => new() { 3, 5, 11 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Output_is_byte_identical_across_file_order_culture_line_endings_and_runs(int seed)
    {
        List<(string Path, string Source)> files = [.. RandomDeclarationTests.Files(seed + 30), .. RandomDeclarationTests.Files(seed + 60).Select(f => (f.Path.Replace("Random", "More", StringComparison.Ordinal), f.Source))];
        var reference = Generate(files, CultureInfo.InvariantCulture);
        Assert.True(reference.Count >= 3, "too little output to compare");

        Assert.Equal(reference, Generate(files, CultureInfo.InvariantCulture));
        Assert.Equal(reference, Generate(Enumerable.Reverse(files).ToList(), CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal(reference, Generate(files.OrderBy(f => f.Source.Length).ToList(), CultureInfo.GetCultureInfo("ar-SA")));
        Assert.Equal(reference, Generate(files.Select(f => (f.Path, f.Source.ReplaceLineEndings("\r\n"))).ToList(), CultureInfo.GetCultureInfo("tr-TR")));
        Assert.Equal(reference, Generate(files.Select(f => (f.Path, f.Source.ReplaceLineEndings("\n"))).Reverse().ToList(), CultureInfo.GetCultureInfo("ar-SA")));
    }

    /// <summary>Hint name and UTF-8 bytes of every generated file, under the given culture.</summary>
    private static List<(string HintName, string Bytes)> Generate(List<(string Path, string Source)> files, CultureInfo culture)
    {
        var saved = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
            var outcome = Toolchain.Run(Toolchain.Compile(files), analyzers: false);
            Assert.Null(outcome.Crash());
            return outcome.Sources.Select(s => (s.HintName, Convert.ToHexString(Encoding.UTF8.GetBytes(s.Text)))).ToList();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = saved;
        }
    }
}
