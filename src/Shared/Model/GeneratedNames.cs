using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// Names of generated files, types and members, shared by the generator, the analyzers (which keep them free), the
    /// build task and the tests. Every name built from a declaration goes through one escape, <see cref="AppendEscaped"/>,
    /// which is injective, so two distinct declarations never share a generated name.
    /// </summary>
    internal static class GeneratedNames
    {
        /// <summary>The namespace of the generated manifest class.</summary>
        public const string ManifestNamespace = "Governance.Generated";

        /// <summary>The generated class that holds the product and the descriptors of every event the assembly can send.</summary>
        public const string ManifestClassName = "TelemetryManifest";

        /// <summary>The hint name of the manifest file.</summary>
        public const string ManifestHintName = "Governance.TelemetryManifest.g.cs";

        /// <summary>The file holding the assembly's shared enum-name methods (<see cref="EnumNamesClassName"/>).</summary>
        public const string EnumNamesHintName = "Governance.TelemetryEnumNames.g.cs";

        /// <summary>The public static property the generator adds to every event type: the event's descriptor.</summary>
        public const string DescriptorPropertyName = "TelemetryDescriptor";

        /// <summary>
        /// The metadata name of the runtime's interface the generator implements on every declared event, and that
        /// <c>client.Track(evt)</c> sends (GOV018 reports any other implementation).
        /// </summary>
        public const string EventInterfaceName = "Governance.ITelemetryEvent";

        /// <summary>The member of <c>ITelemetryEvent</c> that gives the event's declaration, implemented explicitly by the generator.</summary>
        public const string EventDescriptorMemberName = "Descriptor";

        /// <summary>The member of <c>ITelemetryEvent</c> that writes the event's fields, implemented explicitly by the generator.</summary>
        public const string WriteFieldsMethodName = "WriteFields";

        /// <summary>
        /// The member names (as the compiler names explicit implementations) of the generated implementation of
        /// <c>ITelemetryEvent</c>, which <c>client.Track(evt)</c> reads: a type that implements one itself would have two,
        /// and would be sent with what it wrote instead of its declaration.
        /// </summary>
        public const string DescriptorImplementationName = EventInterfaceName + "." + EventDescriptorMemberName;

        /// <inheritdoc cref="DescriptorImplementationName"/>
        public const string WriteFieldsImplementationName = EventInterfaceName + "." + WriteFieldsMethodName;

        /// <summary>
        /// The nested class the generator adds to every context type: the descriptors and the values copied when the
        /// context is set, which every event that carries the context writes.
        /// </summary>
        public const string ContextValuesTypeName = "TelemetryContextValues";

        /// <summary>
        /// The namespace of the classes that hold the contexts' <c>SetContext</c> extension methods: every caller that uses
        /// the runtime (<c>using Governance;</c>) sees them, whatever the namespace of the context or of the caller. (Events
        /// need none: the runtime's one <c>Track</c> calls the event's generated <c>ITelemetryEvent</c> implementation.)
        /// </summary>
        public const string TrackingNamespace = "Governance";

        /// <summary>Names of the members the generator adds to an event or context type: the type may neither declare them nor bear one.</summary>
        public static IReadOnlyList<string> ReservedMemberNames { get; } = new[] { DescriptorPropertyName, ContextValuesTypeName, DescriptorImplementationName, WriteFieldsImplementationName };

        private const string TrackingClassPrefix = "TelemetryTracking_";
        private const string EnumNamesClassPrefix = "TelemetryEnumNames_";
        private const string EventFilePrefix = "Governance.";
        private const string HintNameSuffix = ".g.cs";

        /// <summary>
        /// The static partial class holding the <c>SetContext</c> methods of one assembly's contexts. Its name carries the
        /// escaped assembly name, so an application and the libraries it references (each with its own public class
        /// in the same namespace) never declare the same type.
        /// </summary>
        public static string TrackingClassName(string assemblyName) =>
            AppendEscaped(new StringBuilder(TrackingClassPrefix, TrackingClassPrefix.Length + assemblyName.Length), assemblyName, keepSeparators: false).ToString();

        /// <summary>
        /// The internal static class, in <see cref="TrackingNamespace"/>, holding one <c>NameOf</c> overload per enum type
        /// the assembly's events send: named after the assembly, as <see cref="TrackingClassName"/> is.
        /// </summary>
        public static string EnumNamesClassName(string assemblyName) =>
            AppendEscaped(new StringBuilder(EnumNamesClassPrefix, EnumNamesClassPrefix.Length + assemblyName.Length), assemblyName, keepSeparators: false).ToString();

        /// <summary>
        /// The file name of an event type without its extension: <c>Governance.</c> and the type's metadata-style name
        /// (<c>Namespace.Outer+Inner</c>), escaped; distinct types give distinct stems.
        /// </summary>
        public static string EventFileStem(string metadataStyleName) =>
            AppendEscaped(new StringBuilder(EventFilePrefix, EventFilePrefix.Length + metadataStyleName.Length + 8), metadataStyleName, keepSeparators: true).ToString();

        /// <summary>
        /// The stems that must not be used as they are: the compiler compares hint names ignoring case, so a stem equal,
        /// ignoring case, to another event's or to the manifest's would stop the generator. Nearly always empty.
        /// </summary>
        public static List<string> StemsClashingIgnoringCase(IReadOnlyList<string> stems)
        {
            var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase)
            {
                [ManifestHintName.Substring(0, ManifestHintName.Length - HintNameSuffix.Length)] = 1,
                [EnumNamesHintName.Substring(0, EnumNamesHintName.Length - HintNameSuffix.Length)] = 1,
            };
            foreach (var stem in stems)
            {
                counts[stem] = counts.TryGetValue(stem, out var count) ? count + 1 : 1;
            }

            var clashing = new List<string>();
            foreach (var stem in stems)
            {
                if (counts[stem] > 1)
                {
                    clashing.Add(stem);
                }
            }

            clashing.Sort(StringComparer.Ordinal);
            return clashing;
        }

        /// <summary>
        /// The hint name of an event's file: its stem, and for a stem that clashes ignoring case, <c>-</c> and the case of
        /// its letters in hexadecimal (bit set: upper case). Stems that clash differ only in case, so their marks differ;
        /// no stem contains <c>-</c>, so a marked name never equals an unmarked one.
        /// </summary>
        public static string EventHintName(string stem, bool clashesIgnoringCase)
        {
            if (!clashesIgnoringCase)
            {
                return stem + HintNameSuffix;
            }

            var builder = new StringBuilder(stem, stem.Length * 2).Append('-');
            int bits = 0, count = 0;
            foreach (var c in stem)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    bits = (bits << 1) | (c <= 'Z' ? 1 : 0);
                    if (++count == 4)
                    {
                        builder.Append("0123456789abcdef"[bits]);
                        bits = count = 0;
                    }
                }
            }

            if (count > 0)
            {
                builder.Append("0123456789abcdef"[bits << (4 - count)]);
            }

            return builder.Append(HintNameSuffix).ToString();
        }

        /// <summary>
        /// Appends <paramref name="text"/> keeping ASCII letters and digits (and '.' and '+' when asked) and writing every
        /// other character, '_' included, as '_' and its UTF-16 code in four upper-case hexadecimal digits. Injective:
        /// '_' only ever starts an escape of fixed length, so the text can be read back from the result.
        /// </summary>
        private static StringBuilder AppendEscaped(StringBuilder builder, string text, bool keepSeparators)
        {
            foreach (var c in text)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || (keepSeparators && (c == '.' || c == '+')))
                {
                    builder.Append(c);
                }
                else
                {
                    builder.Append('_').Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                }
            }

            return builder;
        }
    }
}
