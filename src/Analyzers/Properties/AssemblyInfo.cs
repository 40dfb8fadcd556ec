[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Governance.Analyzers.Tests")]
