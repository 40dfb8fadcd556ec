using System;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry.Logs;

namespace Governance.OpenTelemetry
{
    /// <summary>Registration of Governance telemetry in a hosted application (ASP.NET Core, worker services).</summary>
    public static class GovernanceTelemetryExtensions
    {
        /// <summary>
        /// Registers a singleton <see cref="TelemetryClient"/> whose events go through an OpenTelemetry pipeline of their
        /// own to the processors and exporters <paramref name="export"/> adds, never to the application's log providers.
        /// The pipeline takes the application's OpenTelemetry resource (service name, version) when one is configured,
        /// and is flushed and disposed with the host.
        /// </summary>
        /// <remarks>
        /// <para>
        /// Before <paramref name="configure"/> runs, the options read their opt-out variables (<c>DO_NOT_TRACK</c> and
        /// <see cref="TelemetryOptions.OptOutEnvironmentVariable"/>) from the application's configuration, which in a
        /// host includes the environment: either one turns telemetry off for the whole service, whatever its users chose.
        /// An <see cref="ITelemetryConsentResolver"/> registered in the container becomes
        /// <see cref="TelemetryOptions.ConsentResolver"/> unless <paramref name="configure"/> sets one.
        /// </para>
        /// <para>Calling it again replaces the earlier registration (tests use this to capture events).</para>
        /// </remarks>
        public static IServiceCollection AddGovernanceTelemetry(
            this IServiceCollection services,
            Action<TelemetryOptions> configure,
            Action<OpenTelemetryLoggerOptions> export)
        {
            if (export is null)
            {
                throw new ArgumentNullException(nameof(export));
            }

            return Register(services, configure, export);
        }

        /// <summary>
        /// Registers a singleton <see cref="TelemetryClient"/> that delivers only to the sinks <paramref name="configure"/>
        /// adds (an <see cref="InMemoryTelemetrySink"/>, a <see cref="BackgroundTelemetrySink"/> around a sink of your
        /// own): no OpenTelemetry export, and never the application's logging. Consent and configuration are handled as
        /// in <see cref="AddGovernanceTelemetry(IServiceCollection, Action{TelemetryOptions}, Action{OpenTelemetryLoggerOptions})"/>.
        /// </summary>
        /// <remarks>
        /// Earlier versions of this form wrote through the application's logging, so every log provider received the
        /// events; it now exports nothing. To export events, pass the export callback: <c>AddGovernanceTelemetry(configure, export =&gt; export.AddOtlpExporter())</c>.
        /// </remarks>
        public static IServiceCollection AddGovernanceTelemetry(this IServiceCollection services, Action<TelemetryOptions> configure) =>
            Register(services, configure, export: null);

        private static IServiceCollection Register(IServiceCollection services, Action<TelemetryOptions> configure, Action<OpenTelemetryLoggerOptions>? export)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            services.RemoveAll<TelemetryClient>();
            services.RemoveAll<ExportPipeline>();
            if (export is not null)
            {
                services.AddSingleton(provider => new ExportPipeline(new OpenTelemetryTelemetrySink(
                    export,
                    ApplicationResource.Find(provider),
                    provider.GetService<IConfiguration>())));
            }

            services.AddSingleton(provider =>
            {
                var options = new TelemetryOptions();
                if (provider.GetService<IConfiguration>() is { } configuration)
                {
                    options.EnvironmentVariableReader = name => configuration[name] ?? Environment.GetEnvironmentVariable(name);
                }

                configure(options);
                options.ConsentResolver ??= provider.GetService<ITelemetryConsentResolver>();
                if (export is not null)
                {
                    options.Sinks.Add(provider.GetRequiredService<ExportPipeline>().Sink);
                }

                return new TelemetryClient(options);
            });
            return services;
        }

        /// <summary>
        /// Holds the registered pipeline's sink so the container disposes it (flushing the exporters) with the host,
        /// without making the sink itself a service others could resolve and write to.
        /// </summary>
        private sealed class ExportPipeline : IDisposable
        {
            public ExportPipeline(OpenTelemetryTelemetrySink sink)
            {
                Sink = sink;
            }

            public OpenTelemetryTelemetrySink Sink { get; }

            public void Dispose() => Sink.Dispose();
        }
    }
}
