using System;
using System.Globalization;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance
{
    /// <summary>
    /// The consent file: a flat JSON object, read and written with the shared JSON reader and writer (linked into the
    /// runtime, which keeps no dependencies). Unknown keys are ignored and a value of the wrong type reads as absent;
    /// text that is not a JSON object (truncated, duplicate keys, trailing text) is a <see cref="FormatException"/>,
    /// which the store treats as "no decision".
    /// </summary>
    internal static class ConsentFileFormat
    {
        private const string DecisionKey = "decision";
        private const string DecidedAtKey = "decidedAt";
        private const string NoticeShownAtKey = "noticeShownAt";
        private const string InstallationKeyKey = "installationKey";
        private const string DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

        public static string Write(ConsentRecord record)
        {
            return new JsonText()
                .StartObject()
                .String(DecisionKey, EnumSpellings.ConsentState.TokenOf((int)record.Decision))
                .String(DecidedAtKey, FormatDate(record.DecidedAt))
                .String(NoticeShownAtKey, FormatDate(record.NoticeShownAt))
                .String(InstallationKeyKey, record.InstallationKey)
                .EndObject()
                .ToString();
        }

        public static ConsentRecord Read(string text)
        {
            var root = JsonReader.Parse(text);
            if (root.AsObject is null)
            {
                throw new FormatException("The consent record is not a JSON object.");
            }

            var decision = EnumSpellings.ConsentState.TryParse(root[DecisionKey]?.AsString, out var value) ? (ConsentState)value : ConsentState.Undecided;
            var key = root[InstallationKeyKey]?.AsString;
            return new ConsentRecord(
                decision,
                ParseDate(root[DecidedAtKey]?.AsString),
                ParseDate(root[NoticeShownAtKey]?.AsString),
                TelemetryPseudonymizer.TryDecodeKey(key) is null ? null : key);
        }

        private static string? FormatDate(DateTimeOffset? value) => value?.ToUniversalTime().ToString(DateFormat, CultureInfo.InvariantCulture);

        private static DateTimeOffset? ParseDate(string? text) =>
            text is not null && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var value)
                ? value
                : (DateTimeOffset?)null;
    }
}
