using System.Collections.Generic;
using System.Globalization;
using Governance.CodeAnalysis.Model;

namespace Governance.CodeAnalysis.Documents
{
    /// <summary>
    /// Writes the privacy document: the manifest in plain words for the people the data is about. A short summary
    /// first, then how to turn it off, who receives the data, who is responsible, the fields sent with every event
    /// (once), each event, and the reader's rights. Written once as a <see cref="ReadableDocument"/> and rendered as
    /// Markdown (<c>telemetry-privacy.md</c>) and as a self-contained web page (<c>telemetry-privacy.html</c>).
    /// </summary>
    internal static class PrivacyDocumentWriter
    {
        /// <summary>The environment variable every Governance client honours (the runtime's <c>EnvironmentOptOut</c>).</summary>
        private const string DoNotTrack = "DO_NOT_TRACK";

        /// <summary>The Markdown document, <c>telemetry-privacy.md</c>.</summary>
        public static string Write(ManifestSpec manifest) => MarkdownDocumentRenderer.Render(Build(manifest));

        /// <summary>The web page, <c>telemetry-privacy.html</c>: the same document, self-contained.</summary>
        public static string WriteHtml(ManifestSpec manifest) => HtmlDocumentRenderer.Render(Build(manifest));

        public static ReadableDocument Build(ManifestSpec manifest)
        {
            var product = manifest.Product.Name;
            var document = new ReadableDocument("Telemetry collected by " + product);
            document.Paragraph(product + " collects usage data (telemetry). This document says what is sent, why, who receives it and can see it, "
                + "how long it is kept and how to turn it off. " + ToolInfo.Name + " " + manifest.GeneratorVersion
                + " generated it from the program's source code, and it is rebuilt with the program, so it describes the program as built.");

            if (manifest.Events.Count == 0)
            {
                document.Paragraph(product + " declares no telemetry events: it sends nothing.");
                WriteResponsibility(document, manifest.Product);
                return document;
            }

            WriteSummary(document, manifest);
            WriteTurningOff(document, manifest);
            WriteRecipients(document, manifest.Product);
            WriteResponsibility(document, manifest.Product);
            if (manifest.Contexts.Count > 0)
            {
                document.Heading(2, "Sent with every event");
                document.Paragraph("Once the program has set them, these fields are sent with every event except those marked otherwise below.");
                WriteFieldTable(document, ContextFields(manifest));
            }

            WriteEvents(document, manifest);
            WriteYourData(document, manifest);
            document.Heading(2, "What the data classes mean");
            var classes = document.List();
            foreach (var dataClass in EnumSpellings.DataClass.Members)
            {
                var kind = (DataClassKind)dataClass.Value;
                classes.Add(InlineText.Strong(dataClass.Title + ":"), InlineText.Plain(" " + DataClassWording.Kind(kind) + DataClassDetail(kind)));
            }

            return document;
        }

        /// <summary>The whole document in a few lines: how much is sent, what kinds of data, how long, who sees and receives it, how to stop it.</summary>
        private static void WriteSummary(ReadableDocument document, ManifestSpec manifest)
        {
            document.Heading(2, "In short");
            var optIn = 0;
            var shortest = int.MaxValue;
            var longest = int.MinValue;
            var present = new List<int>();
            var access = new List<int>();
            foreach (var evt in manifest.Events)
            {
                optIn += evt.Consent == ConsentKind.OptIn ? 1 : 0;
                shortest = System.Math.Min(shortest, evt.RetentionDays);
                longest = System.Math.Max(longest, evt.RetentionDays);
                access.Add((int)evt.Access);
                foreach (var dataClass in manifest.DataClassesOf(evt))
                {
                    present.Add((int)dataClass);
                }
            }

            var optOut = manifest.Events.Count - optIn;
            var list = document.List();
            var sent = Count(manifest.Events.Count, "kind of event", "kinds of event")
                + (optIn == 0 ? ", all sent unless you turn telemetry off."
                    : optOut == 0 ? ", all sent only if you agree."
                    : ": " + Number(optOut) + " sent unless you turn telemetry off, " + Number(optIn) + " only if you agree.");
            list.Add(InlineText.Strong("What is sent:"), InlineText.Plain(" " + sent));
            var kinds = EnumSpellings.DataClass.MembersAmong(present);
            var contains = list.Add(InlineText.Strong("What it contains:"), InlineText.Plain(kinds.Count == 0 ? " only that something happened: the events have no fields." : ""));
            if (kinds.Count > 0)
            {
                contains.Children = new DocumentList();
                foreach (var kind in kinds)
                {
                    contains.Children.Add(InlineText.Plain(DataClassWording.Kind((DataClassKind)kind.Value)));
                }
            }

            list.Add(InlineText.Strong("Kept for:"), InlineText.Plain(" " + (shortest == longest ? Days(longest) : Number(shortest) + " to " + Days(longest))
                + " after it is received, then deleted."));
            var seenBy = new List<string>();
            foreach (var member in EnumSpellings.DataAccess.MembersAmong(access))
            {
                seenBy.Add(member.Title);
            }

            list.Add(InlineText.Strong("Who can see it:"), InlineText.Plain(" " + string.Join(", ", seenBy) + "."));
            var product = manifest.Product;
            if (product.Recipients.Count > 0)
            {
                list.Add(InlineText.Strong("Who receives it:"), InlineText.Plain(" " + string.Join("; ", product.Recipients.AsImmutableArray()) + "."));
            }

            if (product.StorageRegion is not null)
            {
                list.Add(InlineText.Strong("Where it is kept:"), InlineText.Plain(" " + product.StorageRegion + "."));
            }

            var off = new List<InlineText> { InlineText.Strong("To turn it off:") };
            var controls = product.Controls;
            if (controls?.OptOutCommand is { } command)
            {
                off.Add(InlineText.Plain(" run "));
                off.Add(InlineText.Code(command));
                off.Add(InlineText.Plain(", or"));
            }

            off.Add(InlineText.Plain(" set "));
            if (controls?.OptOutEnvironmentVariable is { } variable)
            {
                off.Add(InlineText.Code(variable + "=1"));
                off.Add(InlineText.Plain(" or "));
            }

            off.Add(InlineText.Code(DoNotTrack + "=1"));
            off.Add(InlineText.Plain(" (see below)."));
            list.Add(off.ToArray());
        }

        /// <summary>
        /// The product's own command and variable when it declares them (<c>[assembly: TelemetryProduct]</c>), and
        /// <c>DO_NOT_TRACK</c>, which every Governance client honours.
        /// </summary>
        private static void WriteTurningOff(ReadableDocument document, ManifestSpec manifest)
        {
            var product = manifest.Product.Name;
            var controls = manifest.Product.Controls;
            document.Heading(2, "How to turn it off");
            if (controls?.OptOutCommand is { } command)
            {
                document.Paragraph(InlineText.Plain("Run "), InlineText.Code(command), InlineText.Plain(": from then on " + product + " sends nothing."));
            }

            var variable = new List<InlineText> { InlineText.Plain(controls?.OptOutCommand is null ? "Set the environment variable " : "Or set the environment variable ") };
            if (controls?.OptOutEnvironmentVariable is { } own)
            {
                variable.Add(InlineText.Code(own));
                variable.Add(InlineText.Plain(" or "));
            }

            variable.Add(InlineText.Code(DoNotTrack));
            variable.AddRange(new[]
            {
                InlineText.Plain(" to "), InlineText.Code("1"), InlineText.Plain(" (or "), InlineText.Code("true"), InlineText.Plain(", "), InlineText.Code("yes"),
                InlineText.Plain(") where " + product + " runs: from then on it sends nothing."),
            });
            if (controls is null)
            {
                // The build knows of no command or variable of the product's own; its notice may still name one set in code.
                variable.Add(InlineText.Plain(" " + product + "'s first-run notice also names its own command or setting for this, if it has one."));
            }

            document.Paragraph(variable.ToArray());
            var optIn = false;
            foreach (var evt in manifest.Events)
            {
                optIn |= evt.Consent == ConsentKind.OptIn;
            }

            if (optIn)
            {
                document.Paragraph(controls?.OptInCommand is { } optInCommand
                    ? new[] { InlineText.Plain("Events marked opt-in are sent only after you have agreed to them (run "), InlineText.Code(optInCommand), InlineText.Plain(" to agree); turning telemetry off stops them too.") }
                    : new[] { InlineText.Plain("Events marked opt-in are sent only after you have agreed to them; turning telemetry off stops them too.") });
            }

            if (CarriesIdentifiers(manifest))
            {
                document.Paragraph("What turning it off does to the identifiers already sent is said under \"Your data\" below.");
            }
        }

        /// <summary>Who receives the data and where it is kept, when the product says so; nothing is guessed.</summary>
        private static void WriteRecipients(ReadableDocument document, ProductSpec product)
        {
            if (product.Recipients.Count == 0 && product.StorageRegion is null)
            {
                return;
            }

            document.Heading(2, "Who receives the data and where it is kept");
            var list = document.List();
            if (product.Recipients.Count > 0)
            {
                var recipients = list.Add(InlineText.Strong("Received by:"));
                recipients.Children = new DocumentList();
                foreach (var recipient in product.Recipients)
                {
                    recipients.Children.Add(InlineText.Plain(recipient));
                }
            }

            if (product.StorageRegion is not null)
            {
                list.Add(InlineText.Strong("Kept in:"), InlineText.Plain(" " + product.StorageRegion));
            }
        }

        private static void WriteResponsibility(ReadableDocument document, ProductSpec product)
        {
            if (product.DataController is null && product.PrivacyContact is null && product.PrivacyPolicyUrl is null && product.SecurityContact is null)
            {
                return;
            }

            document.Heading(2, "Who is responsible");
            var list = document.List();
            if (product.DataController is not null)
            {
                list.Add(InlineText.Strong("Data controller:"), InlineText.Plain(" " + product.DataController));
            }

            if (product.PrivacyContact is not null)
            {
                list.Add(InlineText.Strong("Questions and requests about your data:"), InlineText.Plain(" "), InlineText.Address(product.PrivacyContact));
            }

            if (product.PrivacyPolicyUrl is not null)
            {
                list.Add(InlineText.Strong("Privacy policy:"), InlineText.Plain(" "), InlineText.Address(product.PrivacyPolicyUrl));
            }

            if (product.SecurityContact is not null)
            {
                list.Add(InlineText.Strong("Report a security problem or data incident:"), InlineText.Plain(" "), InlineText.Address(product.SecurityContact));
            }
        }

        private static void WriteEvents(ReadableDocument document, ManifestSpec manifest)
        {
            document.Heading(2, "Events");
            var table = document.Table("Event", "Why it is collected", "Consent", "Kept for", "Who can see it");
            foreach (var evt in manifest.Events)
            {
                table.Add(evt.Name, evt.Purpose, evt.Consent.ToTitle(), Days(evt.RetentionDays), evt.Access.ToTitle());
            }

            var hasContext = manifest.Contexts.Count > 0;
            var showAssembly = HasSeveralAssemblies(manifest);
            foreach (var evt in manifest.Events)
            {
                document.Heading(3, evt.Name);
                var list = document.List();
                list.Add(InlineText.Strong("Why it is collected:"), InlineText.Plain(" " + evt.Purpose));
                list.Add(InlineText.Strong("Consent:"), InlineText.Plain(" " + ConsentLong(evt.Consent)));
                list.Add(InlineText.Strong("Kept for:"), InlineText.Plain(" " + Days(evt.RetentionDays) + " after it is received, then deleted."));
                list.Add(InlineText.Strong("Who can see it:"), InlineText.Plain(" " + AccessLong(evt.Access)));
                if (evt.Owner is not null)
                {
                    list.Add(InlineText.Strong("Owner:"), InlineText.Plain(" " + evt.Owner));
                }

                if (evt.Expires is not null)
                {
                    list.Add(InlineText.Strong("Collected until:"), InlineText.Plain(" " + evt.Expires));
                }

                if (showAssembly)
                {
                    list.Add(InlineText.Strong("Declared by:"), InlineText.Plain(" " + evt.Assembly));
                }

                if (hasContext)
                {
                    list.Add(evt.IncludesContext
                        ? new[] { InlineText.Strong("Also sends:"), InlineText.Plain(" the fields sent with every event.") }
                        : new[] { InlineText.Strong("Does not send"), InlineText.Plain(" the fields sent with every event.") });
                }

                if (evt.Fields.Count == 0)
                {
                    document.Paragraph("This event has no fields of its own: only the fact that it happened is sent.");
                }
                else
                {
                    WriteFieldTable(document, evt.Fields);
                }
            }
        }

        /// <summary>Whether the product's events and contexts come from more than one assembly (an application and its libraries).</summary>
        private static bool HasSeveralAssemblies(ManifestSpec manifest)
        {
            foreach (var evt in manifest.Events)
            {
                if (evt.Assembly != manifest.Events[0].Assembly)
                {
                    return true;
                }
            }

            foreach (var context in manifest.Contexts)
            {
                if (context.Assembly != manifest.Events[0].Assembly)
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>
        /// A user's side of "when is it deleted?": whom to ask for a copy or for deletion, which identifier to quote (the
        /// product's id command, when declared), what turning telemetry off does to the key, where to read it all in the
        /// program (its show command, when declared), and how long each event is kept.
        /// </summary>
        private static void WriteYourData(ReadableDocument document, ManifestSpec manifest)
        {
            var product = manifest.Product;
            document.Heading(2, "Your data");
            var list = document.List();
            var whom = product.PrivacyContact is not null ? "write to " + product.PrivacyContact
                : product.DataController is not null ? "write to the data controller named above"
                : "ask the makers of " + product.Name + " (they have not named a contact for this)";
            list.Add(InlineText.Strong("To ask for a copy of your data or for its deletion,"), InlineText.Plain(" " + whom + "."));
            var controls = product.Controls;
            if (CarriesIdentifiers(manifest))
            {
                list.Add(controls?.InstallationIdCommand is { } idCommand
                    ? new[]
                    {
                        InlineText.Strong("Which data is yours:"), InlineText.Plain(" quote the pseudonymous identifier that "), InlineText.Code(idCommand),
                        InlineText.Plain(" shows (64 letters and digits), so that the data sent with it can be found."),
                    }
                    : new[]
                    {
                        InlineText.Strong("Which data is yours:"), InlineText.Plain(" data is found by the pseudonymous identifier it was sent with; "
                            + "ask which one to quote when you write."),
                    });

                // The build does not know whether the product runs on the user's computer (a key per installation, the
                // runtime's default) or hashes on a server (a key the service keeps): what is said holds for both, and
                // what the default does is said as a condition.
                list.Add(InlineText.Strong("Identifiers are sent only as keyed hashes:"), InlineText.Plain(" they are hashed with HMAC-SHA256 under a secret key "
                    + "that " + product.Name + " keeps and never sends, so without that key they cannot be traced back to you. Events that carry no "
                    + "identifier cannot be found with one; they are deleted when their time is up."));
                list.Add(InlineText.Strong("Turning telemetry off and the key:"), InlineText.Plain(" a program that runs on your computer makes a key for your "
                    + "installation (unless its makers give it one of theirs), readable only by the user account that runs it and the computer's "
                    + "administrators, and deletes it when you turn telemetry off: the data already sent can then no longer be matched to your "
                    + "installation by anyone, you included, so note your identifier first if you want that data deleted sooner. Turned on again, it "
                    + "makes a new key, so new data cannot be linked to the old. A key that a service keeps on its servers stays there: nothing more "
                    + "about you is sent, and what was sent is deleted when its time is up, or sooner if you ask."));
            }
            else
            {
                list.Add(InlineText.Strong("Which data is yours:"), InlineText.Plain(" no event carries an identifier, so there is none to quote and no identifier links the data "
                    + "to you; it is deleted when its time is up."));
            }

            if (controls?.ShowCommand is { } showCommand)
            {
                list.Add(InlineText.Strong("To read it in the program itself:"), InlineText.Plain(" run "), InlineText.Code(showCommand),
                    InlineText.Plain(": it shows every kind of event with its purpose and fields."));
            }

            var kept = list.Add(InlineText.Strong("How long each event is kept"), InlineText.Plain(" after it is received, before it is deleted:"));
            kept.Children = new DocumentList();
            foreach (var evt in manifest.Events)
            {
                kept.Children.Add(InlineText.Plain(evt.Name + ": " + Days(evt.RetentionDays)));
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

        private static IEnumerable<FieldSpec> ContextFields(ManifestSpec manifest)
        {
            foreach (var (_, field) in manifest.ContextFields())
            {
                yield return field;
            }
        }

        private static void WriteFieldTable(ReadableDocument document, IEnumerable<FieldSpec> fields)
        {
            var table = document.Table("Field", "Type", "Data class", "What it contains");
            foreach (var field in fields)
            {
                table.Add(field.WireName, FieldTypeWording.Describe(field), field.DataClass.ToTitle(), Describe(field));
            }
        }

        /// <summary>
        /// The declared description, then what the declaration adds: the keys and values it can take, what an unkeyed
        /// hash means, when it is left out. That a value is hashed with a key is said by its type ("keyed hash of text").
        /// </summary>
        private static string Describe(FieldSpec field)
        {
            var description = field.Description;
            if (field.Type.Key is { } key && key.Members.Count > 0)
            {
                description += " Keys: " + Names(key.Members) + ".";
            }

            if (field.Type.Kind == FieldKind.Enum && field.Type.EnumMembers.Count > 0)
            {
                description += (field.Type.Shape == FieldShapeKind.Scalar ? " One of: " : " Each one of: ") + Names(field.Type.EnumMembers) + ".";
            }

            if (field.Hashing == HashingKind.WithoutKey)
            {
                description += " Anyone who guesses the value can match it.";
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
                names[i] = members[i].Name;
            }

            return string.Join(", ", names);
        }

        private static string Days(int days) => days == 1 ? "1 day" : Number(days) + " days";

        private static string Count(int count, string one, string many) => Number(count) + " " + (count == 1 ? one : many);

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

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

        /// <summary>What the document adds to the shared wording of a data class: how hashing and consent protect it.</summary>
        private static string DataClassDetail(DataClassKind dataClass) => dataClass switch
        {
            DataClassKind.Identifier => " They link events together without naming you: the hash is made with HMAC-SHA256 under a secret key the product "
                + "keeps and never sends, so without that key it cannot be traced back to the value. "
                + "Other fields whose type says \"keyed hash\" are hashed the same way.",
            DataClassKind.Personal or DataClassKind.Sensitive => " Sent only if you agreed to it.",
            _ => string.Empty,
        };
    }
}
