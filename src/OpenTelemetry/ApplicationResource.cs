using System;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Governance.OpenTelemetry
{
    /// <summary>
    /// The application's own OpenTelemetry resource (service name, version, instance, ...), so the Governance pipeline
    /// describes the same service as the application's logs, traces and metrics.
    /// </summary>
    internal static class ApplicationResource
    {
        /// <summary>
        /// A builder holding the resource of the application's OpenTelemetry logger, tracer or meter provider (the
        /// first one registered), or null when the application registers none: the pipeline then uses OpenTelemetry's
        /// default resource, which reads <c>OTEL_SERVICE_NAME</c> and <c>OTEL_RESOURCE_ATTRIBUTES</c>.
        /// </summary>
        public static ResourceBuilder? Find(IServiceProvider services)
        {
            BaseProvider? provider = services.GetService<LoggerProvider>();
            provider ??= services.GetService<TracerProvider>();
            provider ??= services.GetService<MeterProvider>();
            var resource = provider?.GetResource();
            if (resource is null || ReferenceEquals(resource, Resource.Empty))
            {
                return null;
            }

            return ResourceBuilder.CreateEmpty().AddAttributes(resource.Attributes);
        }
    }
}
