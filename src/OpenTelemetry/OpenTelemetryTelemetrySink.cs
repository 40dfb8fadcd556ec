using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Governance.CodeAnalysis.Model;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenTelemetry.Logs;
using OpenTelemetry.Resources;

namespace Governance.OpenTelemetry
{
    /// <summary>
    /// Delivers each event as an OpenTelemetry log record through an export pipeline of its own: a private logger
    /// factory whose only provider is OpenTelemetry's, with the processors and exporters the <c>export</c> callback
    /// adds. Events therefore never reach the application's log providers (console, files, log services), whose
    /// retention and readers are not the ones the events declare. Dispose the sink to flush and shut the pipeline down.
    /// </summary>
    /// <remarks>
    /// The event name is the record's event name (<see cref="EventId.Name"/>, exported as the OTLP <c>event_name</c>),
    /// the fields are its attributes under their wire names, plus <see cref="TelemetryAttributes"/>. Records are written
    /// at <see cref="LogLevel.Information"/> under the category (instrumentation scope) <see cref="CategoryName"/>.
    /// Nothing undeclared rides along: neither the application's logging scopes nor the current trace context.
    /// </remarks>
    public sealed class OpenTelemetryTelemetrySink : ITelemetrySink, IDisposable
    {
        /// <summary>The logger category (the OpenTelemetry instrumentation scope) events are written under.</summary>
        public const string CategoryName = "Governance.Telemetry";

        private static readonly Func<TelemetryLogState, Exception?, string> Format = (state, _) => state.EventName;
        private static readonly ConditionalWeakTable<TelemetryEventDescriptor, EventMetadata> Metadata = new ConditionalWeakTable<TelemetryEventDescriptor, EventMetadata>();

        private readonly ILoggerFactory _pipeline;
        private readonly ILogger _logger;

        /// <summary>
        /// Creates the sink and its pipeline. <paramref name="export"/> adds where events go, for example
        /// <c>export =&gt; export.AddOtlpExporter()</c>; it can also set the resource (<c>SetResourceBuilder</c>).
        /// </summary>
        public OpenTelemetryTelemetrySink(Action<OpenTelemetryLoggerOptions> export)
            : this(export, resource: null, configuration: null)
        {
        }

        /// <summary>
        /// Creates the pipeline with <paramref name="resource"/> (the application's, when it has one) set before
        /// <paramref name="export"/> runs, and the application's <paramref name="configuration"/> as the source of the
        /// <c>OTEL_*</c> settings exporters read (the environment when null).
        /// </summary>
        internal OpenTelemetryTelemetrySink(Action<OpenTelemetryLoggerOptions> export, ResourceBuilder? resource, IConfiguration? configuration)
        {
            if (export is null)
            {
                throw new ArgumentNullException(nameof(export));
            }

            _pipeline = LoggerFactory.Create(logging =>
            {
                if (configuration is not null)
                {
                    logging.Services.AddSingleton(configuration);
                }

                logging.AddOpenTelemetry(options =>
                {
                    if (resource is not null)
                    {
                        options.SetResourceBuilder(resource);
                    }

                    options.AddProcessor(new TraceContextRemover());
                    export(options);
                });
            });
            _logger = _pipeline.CreateLogger(CategoryName);
        }

        /// <summary>Flushes what the exporters still hold and shuts the pipeline down.</summary>
        public void Dispose() => _pipeline.Dispose();

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
