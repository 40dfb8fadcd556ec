namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The one place where the members of <c>Governance.Consent</c>, <c>DataAccess</c>, <c>DataClass</c>,
    /// <c>FieldShape</c>, <c>FieldHashing</c> and <c>ConsentState</c> are spelled. The generator (generated code, manifest, privacy document), the reviewed baseline,
    /// the runtime (descriptor, consent file) and the OpenTelemetry sink all read them from here; this file is linked
    /// into each of those assemblies and uses no Roslyn types.
    /// </summary>
    /// <remarks>
    /// Every member has one token, used in the manifest, the reviewed baseline, the OpenTelemetry attribute values and
    /// the consent file: its member name in camelCase (<c>optIn</c>, <c>organization</c>, <c>optedOut</c>). The
    /// manifest and the consent file already used these, and so do the baselines that users have reviewed and
    /// committed; any other choice would report every reviewed event as changed and make existing consent files
    /// unreadable. The OpenTelemetry sink was the one exception (<c>opt_in</c>, <c>opt_out</c>) and now follows, so a
    /// collector rule can be written with the value as the manifest shows it.
    /// </remarks>
    internal static class EnumSpellings
    {
        /// <summary>How the user agrees to an event being sent (<c>Governance.Consent</c>).</summary>
        public static readonly SpellingTable Consent = new SpellingTable(
            new EnumMemberSpelling(1, "OptIn", "optIn", "Opt-in"),
            new EnumMemberSpelling(2, "OptOut", "optOut", "Opt-out"));

        /// <summary>Who may see an event's data (<c>Governance.DataAccess</c>).</summary>
        public static readonly SpellingTable DataAccess = new SpellingTable(
            new EnumMemberSpelling(0, "Team", "team", "Product team"),
            new EnumMemberSpelling(1, "Restricted", "restricted", "Restricted group"),
            new EnumMemberSpelling(2, "Organization", "organization", "Organisation"),
            new EnumMemberSpelling(3, "Public", "public"));

        /// <summary>How sensitive a field is (<c>Governance.DataClass</c>), least sensitive first.</summary>
        public static readonly SpellingTable DataClass = new SpellingTable(
            new EnumMemberSpelling(0, "Technical", "technical"),
            new EnumMemberSpelling(1, "Interaction", "interaction"),
            new EnumMemberSpelling(2, "Identifier", "identifier"),
            new EnumMemberSpelling(3, "Personal", "personal"),
            new EnumMemberSpelling(4, "Sensitive", "sensitive"));

        /// <summary>What a field holds (<c>Governance.FieldShape</c>): the manifest's <c>shape</c>, written for lists and maps.</summary>
        public static readonly SpellingTable FieldShape = new SpellingTable(
            new EnumMemberSpelling(0, "Scalar", "scalar"),
            new EnumMemberSpelling(1, "List", "list"),
            new EnumMemberSpelling(2, "Map", "map"));

        /// <summary>How a field is hashed before it is sent (<c>Governance.FieldHashing</c>): the manifest's <c>hashing</c>, written for hashed fields.</summary>
        public static readonly SpellingTable FieldHashing = new SpellingTable(
            new EnumMemberSpelling(0, "None", "none"),
            new EnumMemberSpelling(1, "Keyed", "keyed", "Keyed hash"),
            new EnumMemberSpelling(2, "WithoutKey", "withoutKey", "Hash without a key"));

        /// <summary>The user's recorded decision (<c>Governance.ConsentState</c>), as the consent file stores it.</summary>
        public static readonly SpellingTable ConsentState = new SpellingTable(
            new EnumMemberSpelling(0, "Undecided", "undecided"),
            new EnumMemberSpelling(1, "OptedIn", "optedIn"),
            new EnumMemberSpelling(2, "OptedOut", "optedOut"));
    }
}
