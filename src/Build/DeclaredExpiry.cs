using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;

namespace Governance.Build
{
    /// <summary>An event of the built assembly that declares when it expires, as its compiled manifest records it.</summary>
    internal sealed class DeclaredExpiry
    {
        public DeclaredExpiry(string name, string sourceType, DateTime expiry)
        {
            Name = name;
            SourceType = sourceType;
            Expiry = expiry;
        }

        public string Name { get; }

        /// <summary>The event's type, <c>Namespace.Outer.Inner</c>.</summary>
        public string SourceType { get; }

        public DateTime Expiry { get; }

        /// <summary>
        /// The events of a manifest declared by the assembly itself (a manifest also lists the events of the assemblies it
        /// references, each naming its assembly: their expiry is their own build's to check) that carry a readable expiry
        /// date (an unreadable one is GOV024, reported by the analyzers).
        /// </summary>
        public static List<DeclaredExpiry> ReadOwn(ManifestSpec manifest)
        {
            var declared = new List<DeclaredExpiry>();
            foreach (var evt in manifest.Events)
            {
                if (manifest.IsOwn(evt) && evt.Expires is { } expires && ExpiryConventions.TryParseDate(expires, out var expiry))
                {
                    declared.Add(new DeclaredExpiry(evt.Name, evt.Type.DisplayName, expiry));
                }
            }

            return declared;
        }
    }
}
