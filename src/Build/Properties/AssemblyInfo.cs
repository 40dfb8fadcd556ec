[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Governance.Build.Tests")]
