using System.Globalization;
using System.Text;

namespace Governance.Reliability.Tests.Generation;

/// <summary>
/// Writes random but valid event declarations from a seed: every supported field type (nullable or not), enums with
/// keyword and non-ASCII members, property names that are keywords or non-ASCII, events nested in partial types, in
/// block, file-scoped and global namespaces, and every form an attribute argument can take: literals, constants,
/// <c>nameof</c>, concatenated constants and constant arithmetic.
/// </summary>
internal sealed class RandomDeclarations
{
    private static readonly string[] FieldTypes =
    [
        "string", "string?", "bool", "bool?", "byte", "sbyte", "short", "ushort", "int", "int?", "uint", "long", "long?", "ulong",
        "float", "double", "double?", "decimal", "decimal?", "DateTime", "DateTimeOffset", "DateTimeOffset?", "TimeSpan", "Guid", "Guid?",
    ];

    /// <summary>The field types GOV015 lets hold an identifier: strings, GUIDs and 32- or 64-bit whole numbers.</summary>
    private static readonly HashSet<string> IdentifierTypes = new(StringComparer.Ordinal) { "string", "Guid", "int", "uint", "long", "ulong" };

    private static bool CanHoldIdentifier(string type) => IdentifierTypes.Contains(type.TrimEnd('?'));

    private static readonly string[] PropertyNames =
    [
        "Duration", "Count", "Ratio", "Stage", "Mode", "Total", "Level", "Phase", "Attempt", "Elapsed", "Width", "Depth",
        "@class", "@event", "@string", "@object", "@int", "@namespace", "@checked", "@fixed",
        "Größe", "Überblick", "Länge", "Ärger", "Höhe", "ΔTime", "Σumme", "Коэффициент", "名前", "数量",
    ];

    private static readonly string[] Nouns = ["workspace", "export", "render", "upload", "sync", "preview", "theme", "layout", "index", "cache"];

    private static readonly string[] Descriptions =
    [
        "How long the step took, in milliseconds.", "How many items were handled in the batch.", "The stage the operation reached.",
        "Whether the operation finished on the first attempt.", "The ratio of cached to fetched items, from 0 to 1.",
        "Die Größe der Datei in Kilobyte.", "Le niveau choisi dans la liste fixe.", "Число попыток до успеха.", "処理にかかった時間（ミリ秒）。",
    ];

    private readonly Random _random;
    private int _events;

    public RandomDeclarations(int seed)
    {
        _random = new Random(seed);
    }

    /// <summary>One source file with a few events, each of a random shape.</summary>
    public string File(int fileIndex)
    {
        var text = new StringBuilder("using System;\nusing Governance;\n\n");
        var namespaceStyle = _random.Next(3);
        var ns = "Random.Space" + fileIndex.ToString(CultureInfo.InvariantCulture) + (_random.Next(2) == 0 ? ".Inner" : string.Empty);
        if (namespaceStyle == 1)
        {
            text.Append("namespace ").Append(ns).Append(";\n\n");
        }
        else if (namespaceStyle == 2)
        {
            text.Append("namespace ").Append(ns).Append("\n{\n");
        }

        var suffix = fileIndex.ToString(CultureInfo.InvariantCulture);
        text.Append("public enum Kind").Append(suffix).Append(" { @class, Ähnlich, Plain = 7, Alias = 7 }\n\n");
        text.Append("public static class Names").Append(suffix).Append("\n{\n")
            .Append("    public const string Area = \"area").Append(suffix).Append("\";\n")
            .Append("    public const string step_one = \"unused\";\n")
            .Append("    public const string Why = \"Learn how the feature is used\";\n")
            .Append("    public const int Days = 30;\n}\n\n");

        var events = 1 + _random.Next(4);
        for (var i = 0; i < events; i++)
        {
            AppendEvent(text, suffix);
        }

        if (namespaceStyle == 2)
        {
            text.Append("}\n");
        }

        return text.ToString();
    }

    private void AppendEvent(StringBuilder text, string suffix)
    {
        var number = (_events++).ToString(CultureInfo.InvariantCulture);
        var nesting = _random.Next(3);
        var containers = new[] { "public static partial class Outer", "public partial struct Holder", "public partial record Wrapper" };
        for (var level = 0; level < nesting; level++)
        {
            text.Append(containers[(level + _random.Next(3)) % 3]).Append(number).Append('_').Append(level.ToString(CultureInfo.InvariantCulture)).Append("\n{\n");
        }

        var personal = _random.Next(5) == 0;
        var noun = Nouns[_random.Next(Nouns.Length)];
        var name = _random.Next(4) switch
        {
            0 => $"\"{noun}.event_{number}\"",
            1 => $"Names{suffix}.Area + \".event_{number}\"",
            2 => $"\"{noun}.\" + nameof(Names{suffix}.step_one) + \"_{number}\"",
            _ => $"\"{noun}\" + \".\" + \"step_{number}\"",
        };
        var purpose = _random.Next(3) switch
        {
            0 => $"\"Learn how the {noun} feature is used, to improve it.\"",
            1 => $"Names{suffix}.Why + \" while the {noun} runs.\"",
            _ => $"\"Measure the \" + nameof(Names{suffix}) + \" {noun} step to plan capacity.\"",
        };
        var retention = _random.Next(3) switch
        {
            0 => (1 + _random.Next(365)).ToString(CultureInfo.InvariantCulture),
            1 => $"Names{suffix}.Days",
            _ => "30 * 3",
        };
        var consent = personal || _random.Next(2) == 0 ? "Consent.OptIn" : "Consent.OptOut";
        var access = new[] { "DataAccess.Team", "DataAccess.Restricted", "DataAccess.Organization" }[_random.Next(3)];
        var kind = new[] { "partial class", "partial record", "partial struct", "partial record struct", "sealed partial class" }[_random.Next(5)];
        text.Append($"[TelemetryEvent({name}, Purpose = {purpose}, RetentionDays = {retention}, Consent = {consent}, Access = {access}, Owner = \"team{number}@example.org\")]\n");
        text.Append($"public {kind} Event{number}\n{{\n");

        var used = new HashSet<string>(StringComparer.Ordinal);
        var fields = _random.Next(9);
        for (var f = 0; f < fields; f++)
        {
            var property = PropertyNames[_random.Next(PropertyNames.Length)];
            if (!used.Add(property))
            {
                continue;
            }

            var type = _random.Next(6) == 0 ? (_random.Next(2) == 0 ? "Kind" + suffix : "Kind" + suffix + "?") : FieldTypes[_random.Next(FieldTypes.Length)];
            var dataClass = personal && f == 0 ? "DataClass.Personal" : new[] { "DataClass.Technical", "DataClass.Interaction", "DataClass.Identifier" }[_random.Next(3)];
            dataClass = dataClass == "DataClass.Identifier" && !CanHoldIdentifier(type) ? "DataClass.Technical" : dataClass; // else GOV015
            var description = Descriptions[_random.Next(Descriptions.Length)];
            var descriptionForm = _random.Next(3) == 0 ? $"\"{description[..(description.Length / 2)]}\" + \"{description[(description.Length / 2)..]}\"" : $"\"{description}\"";
            var wireName = _random.Next(4) == 0 ? $", Name = \"field_{f.ToString(CultureInfo.InvariantCulture)}\"" : string.Empty;
            var isStruct = kind.Contains("struct", StringComparison.Ordinal);
            type = isStruct && type == "string" ? "string?" : type; // a struct cannot initialise fields without a constructor
            var initializer = type == "string" ? " = \"\";" : string.Empty;
            var setter = isStruct && _random.Next(2) == 0 ? "set" : "init";
            text.Append($"    [TelemetryField({descriptionForm}, DataClass = {dataClass}{wireName})] public {type} {property} {{ get; {setter}; }}{initializer}\n");
        }

        text.Append("}\n");
        for (var level = 0; level < nesting; level++)
        {
            text.Append("}\n");
        }

        text.Append('\n');
    }
}
