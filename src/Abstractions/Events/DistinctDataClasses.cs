using System.Collections.Generic;
using Governance.CodeAnalysis.Model;

namespace Governance
{
    /// <summary>The distinct data classes of some fields, least sensitive first: what descriptors report as DataClasses.</summary>
    internal static class DistinctDataClasses
    {
        public static IReadOnlyList<DataClass> Of(IEnumerable<TelemetryFieldDescriptor> fields)
        {
            var values = new List<int>();
            foreach (var field in fields)
            {
                values.Add((int)field.DataClass);
            }

            return Of(values);
        }

        public static IReadOnlyList<DataClass> Of(IEnumerable<int> values)
        {
            var present = EnumSpellings.DataClass.MembersAmong(values);
            var dataClasses = new DataClass[present.Count];
            for (var i = 0; i < dataClasses.Length; i++)
            {
                dataClasses[i] = (DataClass)present[i].Value;
            }

            return System.Array.AsReadOnly(dataClasses);
        }
    }
}
