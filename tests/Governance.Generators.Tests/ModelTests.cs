using System.Collections;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Naming;

namespace Governance.Generators.Tests;

/// <summary>What crosses pipeline steps must be plain, equatable data; mirrored enums must match the runtime's.</summary>
public sealed class ModelTests
{
    [Fact]
    public void Specs_hold_no_symbols_syntax_locations_or_compilations()
    {
        var forbidden = new[] { typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxToken), typeof(Location), typeof(Compilation), typeof(SemanticModel), typeof(AttributeData) };
        var visited = new HashSet<Type>();
        var pending = new Stack<Type>(new[] { typeof(ManifestSpec), typeof(EventSpec) });
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!visited.Add(type) || type.IsPrimitive || type.IsEnum || type == typeof(string))
            {
                continue;
            }

            Assert.DoesNotContain(forbidden, f => f.IsAssignableFrom(type));
            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                pending.Push(type.GetGenericArguments()[0]);
                continue;
            }

            Assert.False(typeof(IEnumerable).IsAssignableFrom(type), $"{type} is a collection that would compare by reference; use EquatableArray<T>.");
            Assert.True(type.IsValueType || type.GetMethod("Equals", new[] { type }) is not null, $"{type} does not implement value equality.");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                pending.Push(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType);
            }
        }

        Assert.Contains(typeof(FieldSpec), visited);
        Assert.Contains(typeof(TypeHierarchySpec), visited);
    }

    [Fact]
    public void Equal_content_means_equal_specs()
    {
        var a = new[] { new EnumMemberSpec("A") }.ToEquatableArray();
        var b = new[] { new EnumMemberSpec("A") }.ToEquatableArray();
        var c = new[] { new EnumMemberSpec("B") }.ToEquatableArray();

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, c);
        Assert.Equal(default(EquatableArray<EnumMemberSpec>), EquatableArray<EnumMemberSpec>.Empty);
    }

    [Fact]
    public void Mirrored_enums_match_the_runtime_enums()
    {
        AssertSameMembers<Consent, ConsentKind>();
        AssertSameMembers<DataAccess, AccessKind>();
        AssertSameMembers<DataClass, DataClassKind>();
    }

    [Theory]
    [InlineData("DurationMs", "duration_ms")]
    [InlineData("Command", "command")]
    [InlineData("HTTPStatusCode", "http_status_code")]
    [InlineData("IPv4Address", "ipv4_address")]
    [InlineData("UserIDs", "user_ids")]
    [InlineData("Sha256Hash", "sha256_hash")]
    [InlineData("X509Thumbprint", "x509_thumbprint")]
    [InlineData("already_snake", "already_snake")]
    [InlineData("camelCaseName", "camel_case_name")]
    [InlineData("IOError", "io_error")]
    [InlineData("ID", "id")]
    [InlineData("Größe", "größe")]
    public void Wire_names_are_snake_case_of_the_property_name(string property, string expected)
    {
        Assert.Equal(expected, WireNames.FromPropertyName(property));
    }

    private static void AssertSameMembers<TRuntime, TMirror>()
        where TRuntime : struct, Enum
        where TMirror : struct, Enum
    {
        var runtime = Enum.GetValues<TRuntime>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
        var mirror = Enum.GetValues<TMirror>().Select(v => (v.ToString(), Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(runtime.OrderBy(m => m.Item2), mirror.OrderBy(m => m.Item2));
    }
}
