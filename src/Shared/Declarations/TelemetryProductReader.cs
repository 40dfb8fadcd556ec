using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Text;

namespace Governance.CodeAnalysis.Declarations
{
    /// <summary>Reads <c>[assembly: TelemetryProduct(...)]</c>; what cannot be read is left out, never guessed.</summary>
    internal static class TelemetryProductReader
    {
        /// <summary>The declared product, without its assembly name (the caller knows it); null if the name is unreadable.</summary>
        public static ProductSpec? Read(AttributeData attribute, string assemblyName)
        {
            if (attribute.ConstructorArguments.Length != 1 || attribute.ConstructorArguments[0].Value is not string name || name.Trim().Length == 0)
            {
                return null;
            }

            string? controller = null, contact = null, policy = null, security = null, region = null;
            string? optOutVariable = null, optOutCommand = null, optInCommand = null, showCommand = null, idCommand = null;
            var recipients = EquatableArray<string>.Empty;
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Recipients")
                {
                    recipients = Texts(argument.Value);
                    continue;
                }

                var value = argument.Value.Kind == TypedConstantKind.Primitive ? argument.Value.Value as string : null;
                value = value is null ? null : TextNormalizer.Normalize(value);
                switch (argument.Key)
                {
                    case "DataController": controller = value; break;
                    case "PrivacyContact": contact = value; break;
                    case "PrivacyPolicyUrl": policy = value; break;
                    case "SecurityContact": security = value; break;
                    case "StorageRegion": region = value; break;
                    // A blank variable or command names nothing to type: not declared (the runtime reads blank as unset too).
                    case "OptOutEnvironmentVariable": optOutVariable = NonBlank(value); break;
                    case "OptOutCommand": optOutCommand = NonBlank(value); break;
                    case "OptInCommand": optInCommand = NonBlank(value); break;
                    case "ShowCommand": showCommand = NonBlank(value); break;
                    case "InstallationIdCommand": idCommand = NonBlank(value); break;
                }
            }

            var controls = new UserControlsSpec(optOutVariable, optOutCommand, optInCommand, showCommand, idCommand).NullWhenEmpty();
            return new ProductSpec(TextNormalizer.Normalize(name), assemblyName, controller, contact, policy, security, Recipients: recipients, StorageRegion: region, Controls: controls);
        }

        private static string? NonBlank(string? value) => value is null || value.Trim().Length == 0 ? null : value;

        /// <summary>The strings of an array argument, normalized, blank and unreadable items left out.</summary>
        private static EquatableArray<string> Texts(TypedConstant value)
        {
            if (value.Kind != TypedConstantKind.Array || value.IsNull)
            {
                return EquatableArray<string>.Empty;
            }

            var texts = System.Collections.Immutable.ImmutableArray.CreateBuilder<string>();
            foreach (var item in value.Values)
            {
                if (item.Kind == TypedConstantKind.Primitive && item.Value is string text && text.Trim().Length > 0)
                {
                    texts.Add(TextNormalizer.Normalize(text));
                }
            }

            return new EquatableArray<string>(texts.ToImmutable());
        }
    }
}
