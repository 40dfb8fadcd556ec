using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Governance.CodeAnalysis.Model;
using Microsoft.Extensions.Logging;

namespace Governance.OpenTelemetry
{
    /// <summary>
    /// Delivers each event as a log record through <see cref="ILogger"/>, the stable way into the OpenTelemetry SDK:
    /// the event name is the record's event name (<see cref="EventId.Name"/>, exported as the OTLP <c>event_name</c>),
    /// the fields are its attributes under their wire names, plus <see cref="TelemetryAttributes"/>. Records are written
    /// at <see cref="LogLevel.Information"/> under the category <see cref="CategoryName"/>; the body is the event name.
    /// When that category is not enabled, nothing is allocated.
    /// </summary>
    public sealed class OpenTelemetryTelemetrySink : ITelemetrySink
    {
        /// <summary>The logger category (the OpenTelemetry instrumentation scope) events are written under.</summary>
        public const string CategoryName = "Governance.Telemetry";

        private static readonly Func<TelemetryLogState, Exception?, string> Format = (state, _) => state.EventName;
        private static readonly ConditionalWeakTable<TelemetryEventDescriptor, EventMetadata> Metadata = new ConditionalWeakTable<TelemetryEventDescriptor, EventMetadata>();

        private readonly ILogger _logger;

        /// <summary>Writes through a logger of category <see cref="CategoryName"/> from <paramref name="loggerFactory"/>.</summary>
        public OpenTelemetryTelemetrySink(ILoggerFactory loggerFactory)
            : this((loggerFactory ?? throw new ArgumentNullException(nameof(loggerFactory))).CreateLogger(CategoryName))
        {
        }

        /// <summary>Writes through <paramref name="logger"/>.</summary>
        public OpenTelemetryTelemetrySink(ILogger logger)
        {
            _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        }

        /// <inheritdoc />
        public void Write<TFields>(TelemetryEventDescriptor descriptor, in TFields fields)
            where TFields : struct, ITelemetryFields
        {
            if (!_logger.IsEnabled(LogLevel.Information))
            {
                return;
            }

            var metadata = Metadata.GetValue(descriptor, d => new EventMetadata(d));
            var attributes = new List<KeyValuePair<string, object?>>(descriptor.Fields.Count + 4);
            fields.WriteTo(new AttributeFieldWriter(attributes));
            attributes.Add(new KeyValuePair<string, object?>(TelemetryAttributes.RetentionDays, metadata.RetentionDays));
            attributes.Add(new KeyValuePair<string, object?>(TelemetryAttributes.Consent, metadata.Consent));
            attributes.Add(new KeyValuePair<string, object?>(TelemetryAttributes.DataClasses, metadata.DataClasses));
            attributes.Add(new KeyValuePair<string, object?>(TelemetryAttributes.Access, metadata.Access));
            _logger.Log(LogLevel.Information, metadata.EventId, new TelemetryLogState(descriptor.Name, attributes), null, Format);
        }

        /// <summary>What is the same for every record of an event, computed once per descriptor.</summary>
        private sealed class EventMetadata
        {
            public EventMetadata(TelemetryEventDescriptor descriptor)
            {
                EventId = new EventId(StableId(descriptor.Name), descriptor.Name);
                RetentionDays = (long)descriptor.RetentionDays;
                Consent = EnumSpellings.Consent.TokenOf((int)descriptor.Consent);
                Access = EnumSpellings.DataAccess.TokenOf((int)descriptor.Access);
                DataClasses = new string[descriptor.DataClasses.Count];
                for (var i = 0; i < DataClasses.Length; i++)
                {
                    DataClasses[i] = EnumSpellings.DataClass.TokenOf((int)descriptor.DataClasses[i]);
                }
            }

            public EventId EventId { get; }

            public object RetentionDays { get; }

            public string Consent { get; }

            public string Access { get; }

            public string[] DataClasses { get; }

            /// <summary>
            /// A positive id derived from the name (FNV-1a), the same in every process: exporters that show ids only
            /// when they are non-zero (the console exporter) then show the name too.
            /// </summary>
            private static int StableId(string name)
            {
                unchecked
                {
                    var hash = 2166136261u;
                    foreach (var c in name)
                    {
                        hash = (hash ^ c) * 16777619u;
                    }

                    return (int)(hash & 0x7FFFFFFF) | 1;
                }
            }
        }
    }
}
