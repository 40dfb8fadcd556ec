namespace Governance.Analyzers.Tests.Accuracy;

/// <summary>
/// One labelled field name from a corpus: its name, C# type, whether it holds personal data, and the name of the
/// type that holds it in the corpus (Bearer's object, Glean's metric category or event), or empty when unknown.
/// </summary>
internal sealed record LabelledName(string Name, string Type, bool Personal, string Holder = "");
