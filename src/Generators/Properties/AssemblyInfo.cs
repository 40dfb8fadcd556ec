[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Governance.Generators.Tests")]
