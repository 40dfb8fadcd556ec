using System;
using System.Collections.Generic;
using System.Text;
using Governance.CodeAnalysis.Naming;

namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// A vocabulary made ready for matching: every word numbered in one <see cref="WordLexicon"/>, the word sequences
    /// in tries, each word's roles in an array. Built once per configuration (the built-in vocabulary plus the
    /// options' words), then shared: nothing changes it, and reading names allocates nothing.
    /// </summary>
    internal sealed class VocabularyIndex
    {
        /// <summary>Words of a name beyond this are not read (no real name comes close).</summary>
        public const int MaxWords = 64;

        [ThreadStatic]
        private static int[]? _pieces;

        private readonly WordLexicon _lexicon = new WordLexicon();
        private WordRoles[] _roles = Array.Empty<WordRoles>();
        private PersonalDataCategory?[] _entities = Array.Empty<PersonalDataCategory?>();
        private int[]?[] _expanded = Array.Empty<int[]?>();
        private int[]?[] _expandedAfterAWord = Array.Empty<int[]?>();
        private int[] _singular = Array.Empty<int>();

        private VocabularyIndex(PersonalDataVocabulary vocabulary)
        {
            HashedIdentifier = vocabulary.Categories[PersonalDataVocabulary.HashedIdentifierCategory];
            PersonName = vocabulary.Categories[PersonalDataVocabulary.PersonNameCategory];
            PersonalInfo = vocabulary.Categories[PersonalDataVocabulary.PersonalInfoCategory];
            PreciseLocation = vocabulary.Categories[PersonalDataVocabulary.PreciseLocationCategory];
            People = vocabulary.Categories[PersonalDataVocabulary.PeopleCategory];
        }

        public WordSequenceTrie<PersonalDataCategory> Terms { get; } = new WordSequenceTrie<PersonalDataCategory>();

        public WordSequenceTrie<PersonalDataCategory> WholeNameTerms { get; } = new WordSequenceTrie<PersonalDataCategory>();

        /// <summary>Whole names that are personal data in a holder that names a person.</summary>
        public WordSequenceTrie<PersonalDataCategory> HeldAttributes { get; } = new WordSequenceTrie<PersonalDataCategory>();

        /// <summary>Whole names that are personal data in a holder that names a person or a payment.</summary>
        public WordSequenceTrie<PersonalDataCategory> FinancialAttributes { get; } = new WordSequenceTrie<PersonalDataCategory>();

        /// <summary>Look-alikes, by their canonical text.</summary>
        public WordSequenceTrie<string> LookAlikes { get; } = new WordSequenceTrie<string>();

        public WordSequenceTrie<string> Prefixes { get; } = new WordSequenceTrie<string>();

        public WordSequenceTrie<string> FreeText { get; } = new WordSequenceTrie<string>();

        /// <summary>Names the options say hold no personal data, as word sequences.</summary>
        public WordSequenceTrie<string> AllowedNames { get; } = new WordSequenceTrie<string>();

        public PersonalDataCategory HashedIdentifier { get; }

        public PersonalDataCategory PersonName { get; }

        public PersonalDataCategory PersonalInfo { get; }

        public PersonalDataCategory PreciseLocation { get; }

        /// <summary>The identifier category of people (Entities.txt [user_id]), whose names, details and locations have rules.</summary>
        public PersonalDataCategory People { get; }

        /// <summary>The number of the word "name".</summary>
        public int NameWord { get; private set; }

        /// <summary>
        /// The built-in vocabulary with organisation-specific terms and allowed names, each written in any spelling
        /// (<c>tenant_id</c>, <c>TenantId</c>, <c>tenant-id</c>) and read the way names are.
        /// </summary>
        public static VocabularyIndex Build(PersonalDataVocabulary vocabulary, IEnumerable<KeyValuePair<string, PersonalDataCategory>> extraTerms, IEnumerable<string> allowedNames)
        {
            var index = new VocabularyIndex(vocabulary);
            var lexicon = index._lexicon;
            var roles = new Dictionary<int, WordRoles>();
            void AddRole(int word, WordRoles role) => roles[word] = (roles.TryGetValue(word, out var current) ? current : WordRoles.None) | role;
            int[] Words(string canonical)
            {
                var parts = canonical.Split(' ');
                var words = new int[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    words[i] = lexicon.Add(parts[i]);
                }

                return words;
            }

            // Every word first, so that the options' words and glued spellings are split against all of them.
            foreach (var term in vocabulary.Terms)
            {
                index.Terms.Add(Words(term.Key), term.Value);
            }

            foreach (var term in vocabulary.WholeNameTerms)
            {
                index.WholeNameTerms.Add(Words(term.Key), term.Value);
            }

            foreach (var term in vocabulary.HeldAttributes)
            {
                index.HeldAttributes.Add(Words(term.Key), term.Value);
            }

            foreach (var term in vocabulary.FinancialAttributes)
            {
                index.FinancialAttributes.Add(Words(term.Key), term.Value);
            }

            foreach (var lookAlike in vocabulary.LookAlikes)
            {
                index.LookAlikes.Add(Words(string.Join(" ", lookAlike)), string.Join(" ", lookAlike));
            }

            foreach (var prefix in vocabulary.NonPersonalPrefixes)
            {
                index.Prefixes.Add(Words(string.Join(" ", prefix)), string.Join(" ", prefix));
            }

            foreach (var freeText in vocabulary.FreeTextWords)
            {
                index.FreeText.Add(Words(freeText), freeText);
            }

            foreach (var head in vocabulary.NonPersonalHeads)
            {
                AddRole(lexicon.Add(head), WordRoles.Head);
            }

            foreach (var question in vocabulary.QuestionPrefixes)
            {
                AddRole(lexicon.Add(question), WordRoles.Question);
            }

            foreach (var wordClass in vocabulary.WordClasses)
            {
                AddRole(lexicon.Add(wordClass.Key), wordClass.Value);
            }

            var entities = new Dictionary<int, PersonalDataCategory>();
            foreach (var entity in vocabulary.Entities)
            {
                entities[lexicon.Add(entity.Key)] = entity.Value;
                if (ReferenceEquals(entity.Value, index.People))
                {
                    AddRole(lexicon.Add(entity.Key), WordRoles.PersonHolder);
                }
            }

            // Holders are often named in the plural (Users, Customers, Payments): each holder noun's plural is one too.
            var singular = new Dictionary<int, int>();
            foreach (var role in new List<KeyValuePair<int, WordRoles>>(roles))
            {
                var holder = role.Value & (WordRoles.PersonHolder | WordRoles.FinancialHolder);
                if (holder != WordRoles.None)
                {
                    var plural = lexicon.Add(Plural(lexicon[role.Key]));
                    AddRole(plural, holder);
                    singular[plural] = role.Key;
                }
            }

            var expanded = new Dictionary<int, int[]>();
            var expandedAfterAWord = new Dictionary<int, int[]>();
            foreach (var abbreviation in vocabulary.Abbreviations)
            {
                expanded[lexicon.Add(abbreviation.Key)] = Words(string.Join(" ", abbreviation.Value));
            }

            foreach (var abbreviation in vocabulary.AbbreviationsAfterAWord)
            {
                expandedAfterAWord[lexicon.Add(abbreviation.Key)] = Words(string.Join(" ", abbreviation.Value));
            }

            index.NameWord = lexicon.Add("name");
            var extras = new List<KeyValuePair<string, PersonalDataCategory>>(extraTerms);
            var allowed = new List<string>(allowedNames);
            foreach (var text in Concat(extras, allowed))
            {
                var position = 0;
                while (IdentifierWords.NextWord(text, ref position, out var start, out var end))
                {
                    if (index.FindWord(text, start, end) < 0)
                    {
                        lexicon.Add(text.Substring(start, end - start).ToLowerInvariant());
                    }
                }
            }

            index._roles = new WordRoles[lexicon.Count];
            index._entities = new PersonalDataCategory?[lexicon.Count];
            index._expanded = new int[]?[lexicon.Count];
            index._expandedAfterAWord = new int[]?[lexicon.Count];
            index._singular = new int[lexicon.Count];
            for (var word = 0; word < lexicon.Count; word++)
            {
                index._singular[word] = singular.TryGetValue(word, out var one) ? one : word;
            }
            foreach (var role in roles)
            {
                index._roles[role.Key] = role.Value;
                if ((role.Value & WordRoles.ShortPiece) != 0)
                {
                    lexicon.AllowAsShortPiece(role.Key);
                }
            }

            foreach (var entity in entities)
            {
                index._entities[entity.Key] = entity.Value;
            }

            foreach (var abbreviation in expanded)
            {
                index._expanded[abbreviation.Key] = abbreviation.Value;
            }

            foreach (var abbreviation in expandedAfterAWord)
            {
                index._expandedAfterAWord[abbreviation.Key] = abbreviation.Value;
            }

            // The options' entries are read exactly as names are, so they match in any spelling.
            var buffer = new int[MaxWords];
            foreach (var extra in extras)
            {
                var count = index.Read(extra.Key, buffer);
                if (count > 0)
                {
                    index.Terms.Add(Slice(buffer, count), extra.Value);
                }
            }

            foreach (var name in allowed)
            {
                var count = index.Read(name, buffer);
                if (count > 0)
                {
                    index.AllowedNames.Add(Slice(buffer, count), name);
                }
            }

            return index;
        }

        /// <summary>What the word does in the rules.</summary>
        public WordRoles RolesOf(int word) => word >= 0 ? _roles[word] : WordRoles.None;

        public bool Is(int word, WordRoles role) => (RolesOf(word) & role) != 0;

        /// <summary>The word itself, or the singular of a holder noun's plural (<c>users</c> → user).</summary>
        public int Singular(int word) => word >= 0 ? _singular[word] : word;

        /// <summary>The category of the identifiers of the entity <paramref name="word"/> names, or null.</summary>
        public PersonalDataCategory? EntityOf(int word) => word >= 0 ? _entities[word] : null;

        /// <summary>The words <c>words[start..end)</c> stand for, as diagnostics quote them.</summary>
        public string Text(int[] words, int start, int end)
        {
            var text = new StringBuilder();
            for (var i = start; i < end; i++)
            {
                text.Append(i > start ? " " : string.Empty).Append(words[i] >= 0 ? _lexicon[words[i]] : "?");
            }

            return text.ToString();
        }

        /// <summary>
        /// Reads <paramref name="name"/> into word numbers (-1 for unknown words), as the rules see it: split into words
        /// (<c>IPv4Address</c> → ipv4 address), numbered copies without their digit when the word without it is known
        /// (<c>Email2</c>, <c>AddressLine1</c>), glued words split into known ones (<c>installationid</c> → installation
        /// id), and short forms read in full (<c>EmailAddr</c> → email address; <c>PhoneNo</c> → phone number).
        /// Returns how many words there are; allocates nothing.
        /// </summary>
        public int Read(string name, int[] words)
        {
            var count = 0;
            var position = 0;
            var pieces = _pieces ??= new int[WordLexicon.MaxSplitLength];
            while (count < words.Length && IdentifierWords.NextWord(name, ref position, out var start, out var end))
            {
                var word = FindWord(name, start, end);
                if (word >= 0)
                {
                    count = Append(words, count, word);
                    continue;
                }

                var split = _lexicon.Split(name, start, end, pieces, 0);
                if (split == 0)
                {
                    var stem = end;
                    while (stem > start && char.IsDigit(name[stem - 1]))
                    {
                        stem--;
                    }

                    split = stem < end ? _lexicon.Split(name, start, stem, pieces, 0) : 0;
                }

                if (split == 0)
                {
                    count = Append(words, count, -1);
                }

                for (var i = 0; i < split && count < words.Length; i++)
                {
                    count = Append(words, count, pieces[i]);
                }
            }

            return count;
        }

        /// <summary>A known word, or the word without the digits it ends with (<c>email2</c>) when that is known.</summary>
        public int FindWord(string name, int start, int end)
        {
            var word = _lexicon.Find(name, start, end);
            if (word >= 0)
            {
                return word;
            }

            var stem = end;
            while (stem > start && char.IsDigit(name[stem - 1]))
            {
                stem--;
            }

            return stem - start >= 2 && stem < end ? _lexicon.Find(name, start, stem) : -1;
        }

        private int Append(int[] words, int count, int word)
        {
            var full = word < 0 ? null : count > 0 ? _expandedAfterAWord[word] ?? _expanded[word] : _expanded[word];
            if (full is null)
            {
                words[count] = word;
                return count + 1;
            }

            foreach (var part in full)
            {
                if (count < words.Length)
                {
                    words[count++] = part;
                }
            }

            return count;
        }

        private static string Plural(string noun) =>
            noun.EndsWith("s", StringComparison.Ordinal) || noun.EndsWith("x", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal)
                ? noun + "es"
                : noun + "s";

        private static int[] Slice(int[] buffer, int count)
        {
            var words = new int[count];
            Array.Copy(buffer, words, count);
            return words;
        }

        private static IEnumerable<string> Concat(List<KeyValuePair<string, PersonalDataCategory>> extras, List<string> allowed)
        {
            foreach (var extra in extras)
            {
                yield return extra.Key;
            }

            foreach (var name in allowed)
            {
                yield return name;
            }
        }
    }
}
