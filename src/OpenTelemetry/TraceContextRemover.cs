using System.Diagnostics;
using OpenTelemetry;
using OpenTelemetry.Logs;

namespace Governance.OpenTelemetry
{
    /// <summary>
    /// The first processor of every Governance pipeline: it removes the trace context (trace id, span id, flags, state)
    /// the SDK copies from the current activity. Those are not declared fields, and they would let anyone who can read
    /// both join an event to the request's traces and logs, which may identify the user and are kept under other rules.
    /// </summary>
    internal sealed class TraceContextRemover : BaseProcessor<LogRecord>
    {
        public override void OnEnd(LogRecord data)
        {
            data.TraceId = default;
            data.SpanId = default;
            data.TraceFlags = ActivityTraceFlags.None;
            data.TraceState = null;
        }
    }
}
