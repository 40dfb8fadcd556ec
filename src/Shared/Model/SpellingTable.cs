using System;
using System.Collections.Generic;
using System.Globalization;

namespace Governance.CodeAnalysis.Model
{
    /// <summary>
    /// The spellings of one enum's members, by numeric value. Lookups take the value as an <see cref="int"/> so the
    /// same table serves the runtime enum and its compiler-side mirror.
    /// </summary>
    internal sealed class SpellingTable
    {
        private readonly EnumMemberSpelling[] _members;

        /// <param name="members">Every member, in ascending numeric order (which is also the order documents use).</param>
        public SpellingTable(params EnumMemberSpelling[] members)
        {
            for (var i = 1; i < members.Length; i++)
            {
                if (members[i].Value <= members[i - 1].Value)
                {
                    throw new ArgumentException("Spellings must be listed in ascending order of value.", nameof(members));
                }
            }

            _members = members;
        }

        /// <summary>Every member in ascending numeric order.</summary>
        public IReadOnlyList<EnumMemberSpelling> Members => _members;

        /// <summary>The member with that value, or null for a value the enum does not define.</summary>
        public EnumMemberSpelling? Find(int value)
        {
            foreach (var member in _members)
            {
                if (member.Value == value)
                {
                    return member;
                }
            }

            return null;
        }

        // An undefined value (a cast in hand-written code) is written as its number rather than passed off as a member.
        public string TokenOf(int value) => Find(value)?.Token ?? Number(value);

        public string MemberNameOf(int value) => Find(value)?.MemberName ?? Number(value);

        public string TitleOf(int value) => Find(value)?.Title ?? Number(value);

        /// <summary>The value whose token is exactly <paramref name="token"/> (ordinal, case-sensitive).</summary>
        public bool TryParse(string? token, out int value)
        {
            foreach (var member in _members)
            {
                if (string.Equals(member.Token, token, StringComparison.Ordinal))
                {
                    value = member.Value;
                    return true;
                }
            }

            value = 0;
            return false;
        }

        /// <summary>The members whose value occurs in <paramref name="values"/>, once each, in ascending order; undefined values are skipped.</summary>
        public List<EnumMemberSpelling> MembersAmong(IEnumerable<int> values)
        {
            var present = new bool[_members.Length];
            foreach (var value in values)
            {
                for (var i = 0; i < _members.Length; i++)
                {
                    if (_members[i].Value == value)
                    {
                        present[i] = true;
                        break;
                    }
                }
            }

            var result = new List<EnumMemberSpelling>(_members.Length);
            for (var i = 0; i < _members.Length; i++)
            {
                if (present[i])
                {
                    result.Add(_members[i]);
                }
            }

            return result;
        }

        private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
    }
}
