using System;

namespace Governance
{
    /// <summary>
    /// Declares a common context: properties sent with every event, set once with the generated
    /// <c>client.SetContext(value)</c> rather than copied into each event. Its public instance properties are fields,
    /// documented and classified with <see cref="TelemetryFieldAttribute"/> exactly like an event's, and listed once in
    /// the manifest (its top-level <c>context</c>), the privacy document and the notice.
    /// The type must be <c>partial</c>; the Governance generator adds its descriptor and the typed <c>SetContext</c>.
    /// </summary>
    /// <remarks>
    /// Every event carries the contexts a client has set, unless its declaration says
    /// <see cref="TelemetryEventAttribute.IncludeContext"/> = <c>false</c>; so an event's data classes include its
    /// context's, and the consent and access rules judge the event with them (an identifier in the context makes every
    /// event that includes it carry one). Values that change from one event to the next belong in the events.
    /// </remarks>
    /// <example>
    /// <code>
    /// [TelemetryContext]
    /// public partial record CliContext
    /// {
    ///     [TelemetryField("Operating system, such as Linux or Windows.")]
    ///     public required string Os { get; init; }
    ///
    ///     [TelemetryField("Random identifier of this run of the program.", DataClass = DataClass.Identifier)]
    ///     public required string SessionId { get; init; }
    /// }
    ///
    /// client.SetContext(new CliContext { Os = "Linux", SessionId = Guid.NewGuid().ToString() });
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class TelemetryContextAttribute : Attribute
    {
    }
}
