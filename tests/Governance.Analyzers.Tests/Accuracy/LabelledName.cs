namespace Governance.Analyzers.Tests.Accuracy;

/// <summary>One labelled field name from a corpus: its name, C# type and whether it holds personal data.</summary>
internal sealed record LabelledName(string Name, string Type, bool Personal);
