using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Governance.OpenTelemetry
{
    /// <summary>Registration of Governance telemetry over OpenTelemetry, for hosted and plain applications.</summary>
    public static class GovernanceTelemetryExtensions
    {
        /// <summary>
        /// Registers a singleton <see cref="TelemetryClient"/> whose events go to OpenTelemetry through the
        /// application's <see cref="ILoggerFactory"/>. Configure the OpenTelemetry SDK as usual
        /// (<c>services.AddOpenTelemetry().WithLogging(...)</c>); events arrive under <see cref="OpenTelemetryTelemetrySink.CategoryName"/>.
        /// </summary>
        public static IServiceCollection AddGovernanceTelemetry(this IServiceCollection services, Action<TelemetryOptions> configure)
        {
            if (services is null)
            {
                throw new ArgumentNullException(nameof(services));
            }

            if (configure is null)
            {
                throw new ArgumentNullException(nameof(configure));
            }

            services.TryAddSingleton(provider =>
            {
                var options = new TelemetryOptions();
                configure(options);
                options.Sinks.Add(new OpenTelemetryTelemetrySink(provider.GetRequiredService<ILoggerFactory>()));
                return new TelemetryClient(options);
            });
            return services;
        }

        /// <summary>Adds an OpenTelemetry sink that writes through <paramref name="loggerFactory"/> (for apps without a host).</summary>
        public static TelemetryOptions AddOpenTelemetry(this TelemetryOptions options, ILoggerFactory loggerFactory)
        {
            if (options is null)
            {
                throw new ArgumentNullException(nameof(options));
            }

            options.Sinks.Add(new OpenTelemetryTelemetrySink(loggerFactory));
            return options;
        }
    }
}
