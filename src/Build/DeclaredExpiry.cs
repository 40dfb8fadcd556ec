using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Diagnostics;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

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
        /// The events of a manifest declared by the assembly itself (a manifest may also list the events of the assemblies
        /// it references, each naming its assembly: their expiry is their own build's to check) that carry a readable
        /// expiry date (an unreadable one is GOV024, reported by the analyzers).
        /// </summary>
        /// <exception cref="FormatException">The manifest is not JSON of the expected shape.</exception>
        public static List<DeclaredExpiry> ReadOwn(string manifestJson)
        {
            var manifest = JsonReader.Parse(manifestJson);
            var assembly = manifest[ManifestKeys.Product]?[ManifestKeys.Assembly]?.AsString;
            var declared = new List<DeclaredExpiry>();
            foreach (var item in manifest[ManifestKeys.Events]?.AsArray ?? throw new FormatException("'" + ManifestKeys.Events + "' must be an array"))
            {
                var eventAssembly = item[ManifestKeys.Assembly]?.AsString;
                if ((eventAssembly is null || eventAssembly == assembly)
                    && item[ManifestKeys.Name]?.AsString is { } name
                    && item[ManifestKeys.SourceType]?.AsString is { } sourceType
                    && item[ManifestKeys.Expires]?.AsString is { } expires
                    && ExpiryConventions.TryParseDate(expires, out var expiry))
                {
                    declared.Add(new DeclaredExpiry(name, sourceType, expiry));
                }
            }

            return declared;
        }
    }
}
