using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Manifest
{
    /// <summary>
    /// Writes the privacy document: the manifest in plain words for a reader who is not an engineer. Every declared
    /// string is escaped (<see cref="MarkdownText"/>), so it renders as the text that was written.
    /// </summary>
    internal static class PrivacyDocumentWriter
    {
        public static string Write(ManifestSpec manifest)
        {
            var product = MarkdownText.Escape(manifest.Product.Name);
            var text = new IndentedTextBuilder();
            text.Line("# Telemetry collected by " + product);
            text.Line();
            text.Line("This document is generated from the source code of " + product + " by " + ToolInfo.Name + " " + MarkdownText.Escape(manifest.GeneratorVersion)
                + ". It lists every telemetry event the program can send: why it is collected, what it contains, who may see it, "
                + "whether you are asked first, and when it is deleted. It cannot drift from the program: it is rebuilt with it.");
            text.Line();

            WriteResponsibility(text, manifest.Product);
            if (manifest.Events.Count == 0)
            {
                text.Line("This program declares no telemetry events.");
                return text.ToString();
            }

            var hasContext = manifest.Contexts.Count > 0;

            text.Line("## Summary");
            text.Line();
            text.Line("| Event | Why it is collected | Consent | Kept for | Who can see it |");
            text.Line("|---|---|---|---|---|");
            foreach (var evt in manifest.Events)
            {
                text.Line("| " + MarkdownText.Escape(evt.Name) + " | " + MarkdownText.Escape(evt.Purpose) + " | " + evt.Consent.ToTitle()
                    + " | " + Days(evt.RetentionDays) + " | " + evt.Access.ToTitle() + " |");
            }

            if (hasContext)
            {
                WriteContext(text, manifest);
            }

            text.Line();
            text.Line("## Events");
            foreach (var evt in manifest.Events)
            {
                WriteEvent(text, evt, hasContext);
            }

            WriteYourData(text, manifest);
            text.Line();
            text.Line("## What the data classes mean");
            text.Line();
            foreach (var dataClass in EnumSpellings.DataClass.Members)
            {
                text.Line("- **" + dataClass.Title + "**: " + DataClassMeaning((DataClassKind)dataClass.Value));
            }

            return text.ToString();
        }

        private static void WriteResponsibility(IndentedTextBuilder text, ProductSpec product)
        {
            if (product.DataController is null && product.PrivacyContact is null && product.PrivacyPolicyUrl is null && product.SecurityContact is null)
            {
                return;
            }

            text.Line("## Who is responsible");
            text.Line();
            if (product.DataController is not null)
            {
                text.Line("- **Data controller:** " + MarkdownText.Escape(product.DataController));
            }

            if (product.PrivacyContact is not null)
            {
                text.Line("- **Questions and requests about your data:** " + MarkdownText.Escape(product.PrivacyContact));
            }

            if (product.PrivacyPolicyUrl is not null)
            {
                text.Line("- **Privacy policy:** " + MarkdownText.Escape(product.PrivacyPolicyUrl));
            }

            if (product.SecurityContact is not null)
            {
                text.Line("- **Report a security problem or data incident:** " + MarkdownText.Escape(product.SecurityContact));
            }

            text.Line();
        }

        /// <summary>
        /// A user's side of "when is it deleted?": whom to ask for a copy or for deletion, which identifier to quote,
        /// what turning telemetry off does to the key (the runtime deletes it), and how long each event is kept.
        /// </summary>
        private static void WriteYourData(IndentedTextBuilder text, ManifestSpec manifest)
        {
            var product = manifest.Product;
            text.Line();
            text.Line("## Your data");
            text.Line();
            var whom = product.PrivacyContact is not null ? "write to " + MarkdownText.Escape(product.PrivacyContact)
                : product.DataController is not null ? "write to the data controller named above"
                : "ask the makers of " + MarkdownText.Escape(product.Name) + " (they have not named a contact for this)";
            text.Line("- **To ask for a copy of your data or for its deletion,** " + whom + ".");
            if (CarriesIdentifiers(manifest))
            {
                text.Line("- **Which data is yours:** quote your installation's pseudonymous identifier, 64 letters and digits that the program can show you, "
                    + "so that the data sent with it can be found. Identifiers are sent only as keyed hashes: their secret key stays where the program runs, "
                    + "readable only by the user account that runs it and the computer's administrators, and is never sent, so without it the hashes "
                    + "cannot be traced back to you. Events that carry no identifier cannot be found with it; they are deleted when their time is up.");
                text.Line("- **Turning telemetry off deletes the key.** Nothing more is sent, and the data already sent can no longer be matched to your "
                    + "installation by anyone, you included: note your identifier first if you want that data deleted sooner. If you turn telemetry on again, "
                    + "a new key is made, so new data cannot be linked to the old.");
            }
            else
            {
                text.Line("- **Which data is yours:** no event carries an identifier, so there is none to quote and no identifier links the data "
                    + "to you; it is deleted when its time is up.");
            }

            text.Line("- **How long each event is kept** after it is received, before it is deleted:");
            foreach (var evt in manifest.Events)
            {
                text.Line("  - " + MarkdownText.Escape(evt.Name) + ": " + Days(evt.RetentionDays));
            }
        }

        private static bool CarriesIdentifiers(ManifestSpec manifest)
        {
            foreach (var evt in manifest.Events)
            {
                foreach (var field in evt.Fields)
                {
                    if (field.DataClass == DataClassKind.Identifier)
                    {
                        return true;
                    }
                }
            }

            foreach (var (_, field) in manifest.ContextFields())
            {
                if (field.DataClass == DataClassKind.Identifier)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>The fields sent with every event, described once; each event then says whether it carries them.</summary>
        private static void WriteContext(IndentedTextBuilder text, ManifestSpec manifest)
        {
            text.Line();
            text.Line("## Sent with every event");
            text.Line();
            text.Line("Once the program has set them, these fields are sent with every event except those marked otherwise below.");
            text.Line();
            WriteFieldTable(text, manifest.ContextFields().Select(entry => entry.Field));
        }

        private static void WriteEvent(IndentedTextBuilder text, EventSpec evt, bool hasContext)
        {
            text.Line();
            text.Line("### " + MarkdownText.Escape(evt.Name));
            text.Line();
            text.Line("- **Why it is collected:** " + MarkdownText.Escape(evt.Purpose));
            text.Line("- **Consent:** " + ConsentLong(evt.Consent));
            text.Line("- **Kept for:** " + Days(evt.RetentionDays) + " after it is received, then deleted.");
            text.Line("- **Who can see it:** " + AccessLong(evt.Access));
            if (evt.Owner is not null)
            {
                text.Line("- **Owner:** " + MarkdownText.Escape(evt.Owner));
            }

            if (evt.Expires is not null)
            {
                text.Line("- **Collected until:** " + MarkdownText.Escape(evt.Expires));
            }

            if (hasContext)
            {
                text.Line(evt.IncludesContext
                    ? "- **Also sends:** the fields sent with every event."
                    : "- **Does not send** the fields sent with every event.");
            }

            text.Line();
            if (evt.Fields.Count == 0)
            {
                text.Line("This event has no fields of its own: only the fact that it happened is sent.");
                return;
            }

            WriteFieldTable(text, evt.Fields);
        }

        private static void WriteFieldTable(IndentedTextBuilder text, IEnumerable<FieldSpec> fields)
        {
            text.Line("| Field | Type | Data class | What it contains |");
            text.Line("|---|---|---|---|");
            foreach (var field in fields)
            {
                text.Line("| " + MarkdownText.Escape(field.WireName) + " | " + MarkdownText.Escape(field.Type.DisplayName) + " | "
                    + field.DataClass.ToTitle() + " | " + Describe(field) + " |");
            }
        }

        /// <summary>The declared description, then what the declaration adds: the values and keys it can take, how it is hashed, when it is left out.</summary>
        private static string Describe(FieldSpec field)
        {
            var description = MarkdownText.Escape(field.Description);
            if (field.Type.Key is { } key && key.Members.Count > 0)
            {
                description += " One value for each of: " + Names(key.Members) + ".";
            }

            if (field.Type.Kind == FieldKind.Enum && field.Type.EnumMembers.Count > 0)
            {
                description += (field.Type.Shape == FieldShapeKind.Scalar ? " One of: " : " Each one of: ") + Names(field.Type.EnumMembers) + ".";
            }

            switch (field.Hashing)
            {
                case HashingKind.Keyed:
                    description += field.Type.Shape == FieldShapeKind.List
                        ? " Each value is sent as a keyed hash, never as written."
                        : " Sent as a keyed hash, never as written.";
                    break;
                case HashingKind.WithoutKey:
                    description += " Sent as a hash without a key, which anyone who guesses the value can match.";
                    break;
            }

            if (field.OmitWhenNull)
            {
                description += " Left out when there is no value.";
            }

            return description;
        }

        private static string Names(EquatableArray<EnumMemberSpec> members)
        {
            var names = new string[members.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = MarkdownText.Escape(members[i].Name);
            }

            return string.Join(", ", names);
        }

        private static string Days(int days) => days == 1 ? "1 day" : days.ToString(CultureInfo.InvariantCulture) + " days";

        private static string ConsentLong(ConsentKind consent) => consent.ToTitle().ToLowerInvariant() + (consent == ConsentKind.OptOut
            ? ": sent unless you turn telemetry off."
            : ": sent only after you have agreed to it.");

        private static string AccessLong(AccessKind access) => access switch
        {
            AccessKind.Restricted => "a small, named group with a documented need, such as security or privacy staff.",
            AccessKind.Organization => "anyone in the organisation that makes the product.",
            AccessKind.Public => "anyone: the data may be published.",
            _ => "the team that makes the product.",
        };

        private static string DataClassMeaning(DataClassKind dataClass) => dataClass switch
        {
            DataClassKind.Interaction => "how you use the program: commands run, features used, settings chosen.",
            DataClassKind.Identifier => "a pseudonymous identifier of a user, device or account, which links events together without naming you. It is sent only as a keyed hash (HMAC-SHA256 under a key that stays on your computer), never as written. Other fields marked as sent as a keyed hash are hashed the same way.",
            DataClassKind.Personal => "information about you as a person; sent only if you opted in.",
            DataClassKind.Sensitive => "special categories such as health, precise location, credentials or financial data; sent only if you opted in.",
            _ => "about the software or the machine, not about you: versions, durations, error codes.",
        };
    }
}
