using System;
using System.Collections.Generic;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Naming;

namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// Decides from a field's name (and type) whether it looks like personal data, with the words of
    /// <see cref="PersonalDataVocabulary"/> (the README beside its files spells out every rule):
    /// <list type="number">
    /// <item>read the name into words: split (<c>IPv4Address</c> → ipv4 address), numbered copies without their digit,
    /// glued words split into known ones (<c>tenantid</c> → tenant id), short forms in full (<c>AddrLine</c>);</item>
    /// <item>find the terms, and what the rules make: an entity and its identifier word (<c>DeviceUniqueId</c>,
    /// <c>SubscriptionGuid</c>), a person's name, details or location (<c>CustomerName</c>), a hashed value
    /// (<c>MacAddressHash</c> → a hashed identifier), a numbered term and its identifier word (<c>PassportNo</c>);
    /// drop those lying inside a look-alike (<c>ServerIpAddress</c>);</item>
    /// <item>resolve overlaps: more words win, then listed terms over rules, then the right-most; the most sensitive
    /// surviving match decides the category;</item>
    /// <item>a last word that describes rather than holds the data (<c>EmailCount</c>, <c>IpVersion</c>; for dates,
    /// after the words that say how the date is written) or a leading question or aggregate (<c>HasEmail</c>,
    /// <c>NumberOfUsers</c>) makes the name metadata;</item>
    /// <item>a yes/no value is not personal data, except for special categories (<c>IsPregnant</c> is health data).</item>
    /// </list>
    /// Reading and matching allocate nothing; only a match builds its description.
    /// </summary>
    internal sealed class PersonalDataNameClassifier
    {
        private const int MaxMatches = 128;

        private static readonly Lazy<PersonalDataNameClassifier> DefaultClassifier = new Lazy<PersonalDataNameClassifier>(
            () => new PersonalDataNameClassifier(Array.Empty<KeyValuePair<string, PersonalDataCategory>>(), Array.Empty<string>()));

        [ThreadStatic]
        private static int[]? _words;

        [ThreadStatic]
        private static Match[]? _matches;

        private readonly VocabularyIndex _index;

        public PersonalDataNameClassifier(IEnumerable<KeyValuePair<string, PersonalDataCategory>> extraTerms, IEnumerable<string> allowedNames)
        {
            _index = VocabularyIndex.Build(PersonalDataVocabulary.BuiltIn, extraTerms, allowedNames);
        }

        /// <summary>The classifier with the built-in vocabulary only.</summary>
        public static PersonalDataNameClassifier Default => DefaultClassifier.Value;

        /// <summary>Whether the options list <paramref name="name"/> (in any spelling) as holding no personal data.</summary>
        public bool IsAllowed(string name)
        {
            var words = Words();
            var count = _index.Read(name, words);
            return count > 0 && _index.AllowedNames.Find(words, 0, count) is not null;
        }

        /// <summary>The match that makes <paramref name="name"/> look personal, or null.</summary>
        public PersonalDataMatch? Classify(string name, FieldKind kind)
        {
            var words = Words();
            var count = _index.Read(name, words);
            if (count == 0 || _index.AllowedNames.Find(words, 0, count) is not null)
            {
                return null;
            }

            if (_index.WholeNameTerms.Find(words, 0, count) is { } whole)
            {
                return kind == FieldKind.Boolean && !whole.IsSpecial ? null : new PersonalDataMatch(whole, _index.Text(words, 0, count));
            }

            var matches = _matches ??= new Match[MaxMatches];
            var found = FindMatches(words, count, matches);
            if (Resolve(matches, found) is not { } winner)
            {
                return null;
            }

            var category = winner.Category;
            var last = count - 1;
            while (category.IsDate && last >= winner.End && _index.Is(words[last], WordRoles.TimeFormat))
            {
                last--; // BirthDateUtc, DobTz: how the date is written, still the date.
            }

            if (last >= winner.End && _index.Is(words[last], WordRoles.Head))
            {
                return null; // EmailCount, IpVersion, PasswordPolicy: about the data, not the data.
            }

            var prefix = PrefixLength(words, count);
            if (prefix > 0 && prefix <= winner.Start && !(category.IsSpecial && _index.Is(words[0], WordRoles.Question)))
            {
                return null; // HasEmail, NumberOfUsers; but IsPregnant stays health data.
            }

            if ((kind == FieldKind.Boolean && !category.IsSpecial) || (category.IsRecords && IsNumber(kind)))
            {
                return null; // HasEmail as a flag; Purchases as an int is a count.
            }

            return new PersonalDataMatch(category, _index.Text(words, winner.Start, winner.End));
        }

        /// <summary>
        /// The match that makes <paramref name="name"/> look personal by itself, or else read with its holder: a generic
        /// attribute (HeldAttributes.txt: <c>Name</c>, <c>Country</c>) in a holder that names a person, or a financial one
        /// (FinancialAttributes.txt: <c>Amount</c>) in a holder that names a person or a payment; or null.
        /// </summary>
        public PersonalDataMatch? Classify(string name, FieldKind kind, FieldHolder holder)
        {
            var match = Classify(name, kind);
            if (match is not null || holder.Kind == FieldHolderKind.Nothing)
            {
                return match;
            }

            var words = Words();
            var count = _index.Read(name, words);
            if (count == 0 || _index.AllowedNames.Find(words, 0, count) is not null)
            {
                return null;
            }

            var category = holder.Kind == FieldHolderKind.Person ? _index.HeldAttributes.Find(words, 0, count) : null;
            category ??= _index.FinancialAttributes.Find(words, 0, count);
            if (category is null || !CanHold(category, kind))
            {
                return null;
            }

            var attribute = _index.Text(words, 0, count);
            var article = holder.Noun.Length > 0 && "aeiou".IndexOf(holder.Noun[0]) >= 0 ? "an " : "a ";
            return new PersonalDataMatch(category, attribute, "'" + name + "' of '" + holder.TypeName + "' reads as " + article + holder.Noun + "'s " + attribute);
        }

        /// <summary>
        /// What the type named <paramref name="typeName"/> holds, from its head noun: the last word once conventional
        /// suffixes, the particles of phrasal verbs (WordClasses.txt [holder suffix]) and past participles (a word of
        /// five letters or more ending in "ed", not "eed") are read past. A person (Entities.txt's people, [person
        /// holder], their plurals; or a person and a [person container]: <c>UserProfileUpdated</c>), a payment
        /// ([financial holder]: <c>OrderPlaced</c>), or nothing; never a technical holder, one whose head lies in a
        /// look-alike or that starts with a flag or an aggregate (<c>NumberOfUsers</c>). Read once per type.
        /// </summary>
        public FieldHolder ReadHolder(string typeName)
        {
            var headEnd = 0;
            var position = 0;
            while (IdentifierWords.NextWord(typeName, ref position, out var start, out var end))
            {
                var word = _index.FindWord(typeName, start, end);
                if (!_index.Is(word, WordRoles.HolderSuffix) && !IsParticiple(typeName, start, end))
                {
                    headEnd = end;
                }
            }

            var words = Words();
            var count = headEnd == 0 ? 0 : _index.Read(typeName.Substring(0, headEnd), words);
            if (count == 0 || PrefixLength(words, count) > 0)
            {
                return FieldHolder.Nothing;
            }

            var head = words[count - 1];
            var noun = _index.Is(head, WordRoles.PersonHolder | WordRoles.FinancialHolder) ? count - 1
                : count >= 2 && _index.Is(head, WordRoles.PersonContainer) && _index.Is(words[count - 2], WordRoles.PersonHolder) ? count - 2
                : -1;
            if (noun < 0 || InsideLookAlike(words, count, noun, count))
            {
                return FieldHolder.Nothing;
            }

            var kind = _index.Is(words[noun], WordRoles.PersonHolder) ? FieldHolderKind.Person : FieldHolderKind.Payment;
            var singular = _index.Singular(words[noun]);
            return new FieldHolder(kind, typeName, _index.Text(new[] { singular }, 0, 1));
        }

        /// <summary>
        /// The free-text words a name ends with ("message", "stack trace"), or an error word and its content
        /// (<c>ExceptionData</c>), or null. Earlier in the name they do not count (<c>MessageId</c>); look-alikes
        /// (<c>BaseUrl</c>), leading questions (<c>HasComment</c>) and descriptions of the platform
        /// (<c>OSDescription</c>, <c>FrameworkDescription</c>) do not either.
        /// </summary>
        public string? FindFreeText(string name)
        {
            var words = Words();
            var count = _index.Read(name, words);
            if (count == 0)
            {
                return null;
            }

            var start = -1;
            for (var length = Math.Min(_index.FreeText.Longest, count); length >= 1 && start < 0; length--)
            {
                if (_index.FreeText.Find(words, count - length, count) is not null)
                {
                    start = count - length;
                }
            }

            if (start < 0 && count >= 2 && _index.Is(words[count - 1], WordRoles.ContentWord) && _index.Is(words[count - 2], WordRoles.ErrorWord))
            {
                start = count - 2;
            }

            if (start < 0
                || InsideLookAlike(words, count, start, count)
                || (PrefixLength(words, count) is var prefix && prefix > 0 && prefix <= start)
                || (start == count - 1 && start > 0 && _index.Is(words[start], WordRoles.ContentWord) && _index.Is(words[start - 1], WordRoles.SystemWord)))
            {
                return null;
            }

            return _index.Text(words, start, count);
        }

        /// <summary>
        /// Whether an attribute read with its holder can be in a field of this kind: text or a number (a postal code, an
        /// age, an amount), a date for a date; never a flag, an enum (a user's <c>State</c> as an enum is the account's),
        /// a GUID or a duration.
        /// </summary>
        private static bool CanHold(PersonalDataCategory category, FieldKind kind) =>
            kind == FieldKind.String
            || (kind is FieldKind.DateTime or FieldKind.DateTimeOffset ? category.IsDate : !category.IsDate && IsNumber(kind));

        /// <summary>A past participle ends an event's name (<c>Registered</c>, <c>Updated</c>), not what it holds.</summary>
        private static bool IsParticiple(string name, int start, int end) =>
            end - start >= 5
            && char.ToLowerInvariant(name[end - 2]) == 'e' && char.ToLowerInvariant(name[end - 1]) == 'd'
            && char.ToLowerInvariant(name[end - 3]) != 'e';

        private static int[] Words() => _words ??= new int[VocabularyIndex.MaxWords];

        private static bool IsNumber(FieldKind kind) => kind >= FieldKind.Byte && kind <= FieldKind.Decimal;

        /// <summary>Every term and rule match not inside a look-alike, into <paramref name="matches"/>; returns how many.</summary>
        private int FindMatches(int[] words, int count, Match[] matches)
        {
            var found = 0;
            for (var start = 0; start < count; start++)
            {
                // Listed terms starting here.
                for (int node = WordSequenceTrie<PersonalDataCategory>.Root, end = start; end < count; end++)
                {
                    node = _index.Terms.Step(node, words[end]);
                    if (node < 0)
                    {
                        break;
                    }

                    if (_index.Terms.ValueAt(node) is { } category)
                    {
                        found = Add(matches, found, new Match(start, end + 1, category, listed: true));
                    }
                }

                // A word that is personal data only beside a hash word (HashedMac, mac_sha256).
                if (_index.Is(words[start], WordRoles.PersonalWhenHashed))
                {
                    if (start + 1 < count && _index.Is(words[start + 1], WordRoles.HashWord))
                    {
                        found = Add(matches, found, new Match(start, start + 2, _index.HashedIdentifier, listed: false));
                    }
                    else if (start > 0 && _index.Is(words[start - 1], WordRoles.HashWord))
                    {
                        found = Add(matches, found, new Match(start - 1, start + 1, _index.HashedIdentifier, listed: false));
                    }
                }

                // An entity and what follows it.
                if (_index.EntityOf(words[start]) is { } entity)
                {
                    var person = ReferenceEquals(entity, _index.People);
                    var qualifier = start + 1;
                    while (qualifier < count && _index.Is(words[qualifier], WordRoles.Modifier))
                    {
                        qualifier++;
                    }

                    if (qualifier < count && _index.Is(words[qualifier], person ? WordRoles.IdentifierWord | WordRoles.PersonIdentifierWord : WordRoles.IdentifierWord))
                    {
                        found = Add(matches, found, new Match(start, qualifier + 1, entity, listed: false));
                    }

                    if (start + 1 < count && person)
                    {
                        var next = words[start + 1];
                        var category = next == _index.NameWord ? _index.PersonName
                            : _index.Is(next, WordRoles.PersonContainer) ? _index.PersonalInfo
                            : _index.Is(next, WordRoles.LocationWord) ? _index.PreciseLocation
                            : null;
                        if (category is not null)
                        {
                            found = Add(matches, found, new Match(start, start + 2, category, listed: false));
                        }
                    }
                    else if (start + 1 < count && _index.Is(words[start + 1], WordRoles.LocationWord) && entity.DataClass == DataClassKind.Identifier)
                    {
                        found = Add(matches, found, new Match(start, start + 2, _index.PreciseLocation, listed: false)); // DeviceLocation
                    }
                }
            }

            // What follows or precedes a match: identifier words keep numbered data itself (PassportNo, ImeiId, UserIdHash);
            // a hash word makes other personal data a hashed identifier (EmailHash, HashedMacAddress).
            var direct = found;
            for (var i = 0; i < direct; i++)
            {
                var match = matches[i];
                var end = match.End;
                while (match.Category.IsNumbered && end < count && _index.Is(words[end], WordRoles.IdentifierWord))
                {
                    end++;
                }

                matches[i] = match = new Match(match.Start, end, match.Category, match.Listed);
                if (match.Category.DataClass == DataClassKind.Personal && !match.Category.IsSpecial)
                {
                    if (end < count && _index.Is(words[end], WordRoles.HashWord))
                    {
                        found = Add(matches, found, new Match(match.Start, end + 1, _index.HashedIdentifier, listed: false));
                    }

                    if (match.Start > 0 && _index.Is(words[match.Start - 1], WordRoles.HashWord))
                    {
                        found = Add(matches, found, new Match(match.Start - 1, end, _index.HashedIdentifier, listed: false));
                    }
                }
            }

            var kept = 0;
            for (var i = 0; i < found; i++)
            {
                if (matches[i].Category.IsFromOptions || !InsideLookAlike(words, count, matches[i].Start, matches[i].End))
                {
                    matches[kept++] = matches[i];
                }
            }

            return kept;
        }

        private static int Add(Match[] matches, int found, Match match)
        {
            if (found < matches.Length)
            {
                matches[found++] = match;
            }

            return found;
        }

        /// <summary>
        /// Overlaps: more words first, then listed terms over rules, then the right-most (English compounds are
        /// head-final: <c>CurrentUserId</c> → user id). Of the matches left, the most sensitive decides; on a tie, the
        /// right-most.
        /// </summary>
        private static Match? Resolve(Match[] matches, int found)
        {
            // Insertion sort: a name has a handful of matches, and this allocates nothing.
            for (var i = 1; i < found; i++)
            {
                var current = matches[i];
                var j = i - 1;
                while (j >= 0 && Before(current, matches[j]))
                {
                    matches[j + 1] = matches[j];
                    j--;
                }

                matches[j + 1] = current;
            }

            Match? winner = null;
            for (var i = 0; i < found; i++)
            {
                var candidate = matches[i];
                var free = true;
                for (var j = 0; j < i && free; j++)
                {
                    free = !matches[j].Taken || matches[j].End <= candidate.Start || candidate.End <= matches[j].Start;
                }

                if (!free)
                {
                    continue;
                }

                matches[i] = candidate = candidate.AsTaken();
                if (winner is not { } best
                    || candidate.Category.DataClass > best.Category.DataClass
                    || (candidate.Category.DataClass == best.Category.DataClass && candidate.Start > best.Start))
                {
                    winner = candidate;
                }
            }

            return winner;
        }

        private static bool Before(Match a, Match b) =>
            a.Length != b.Length ? a.Length > b.Length
            : a.Listed != b.Listed ? a.Listed
            : a.Start > b.Start;

        /// <summary>Whether <c>words[start..end)</c> lies inside a look-alike (<c>server ip address</c>).</summary>
        private bool InsideLookAlike(int[] words, int count, int start, int end)
        {
            for (var at = Math.Max(0, end - _index.LookAlikes.Longest); at <= start; at++)
            {
                for (int node = WordSequenceTrie<string>.Root, i = at; i < count; i++)
                {
                    node = _index.LookAlikes.Step(node, words[i]);
                    if (node < 0)
                    {
                        break;
                    }

                    if (i + 1 >= end && _index.LookAlikes.ValueAt(node) is not null)
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>The length of the longest leading flag, question or aggregate (<c>has</c>, <c>number of</c>) shorter than the name.</summary>
        private int PrefixLength(int[] words, int count)
        {
            var longest = 0;
            for (int node = WordSequenceTrie<string>.Root, i = 0; i < count - 1; i++)
            {
                node = _index.Prefixes.Step(node, words[i]);
                if (node < 0)
                {
                    break;
                }

                if (_index.Prefixes.ValueAt(node) is not null)
                {
                    longest = i + 1;
                }
            }

            return longest;
        }

        /// <summary>A term or rule found at <c>[Start, End)</c>.</summary>
        private readonly struct Match
        {
            public Match(int start, int end, PersonalDataCategory category, bool listed, bool taken = false)
            {
                Start = start;
                End = end;
                Category = category;
                Listed = listed;
                Taken = taken;
            }

            public int Start { get; }

            public int End { get; }

            public int Length => End - Start;

            public PersonalDataCategory Category { get; }

            /// <summary>Listed in the vocabulary rather than made by a rule: wins a tie over the same words.</summary>
            public bool Listed { get; }

            /// <summary>Kept while resolving overlaps.</summary>
            public bool Taken { get; }

            public Match AsTaken() => new Match(Start, End, Category, Listed, taken: true);
        }
    }
}
