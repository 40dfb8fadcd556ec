using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using Governance.CodeAnalysis.Model;
using Governance.CodeAnalysis.Naming;

namespace Governance.Analyzers.Privacy
{
    /// <summary>
    /// The personal-data vocabulary of GOV010 and GOV013, read once from the text files embedded in this assembly
    /// (<c>Privacy/Vocabulary</c>; its README describes them) into the structures the classifier matches against.
    /// A line that cannot be read is skipped and recorded in <see cref="Problems"/>, which a test keeps empty, so a
    /// bad entry never breaks anyone's build. The collections are shared: nothing may modify them.
    /// </summary>
    internal sealed class PersonalDataVocabulary
    {
        /// <summary>The categories the rules produce, which Categories.txt must define.</summary>
        public const string HashedIdentifierCategory = "hashed_identifier";
        public const string PersonNameCategory = "person_name";
        public const string PersonalInfoCategory = "personal_info";
        public const string PreciseLocationCategory = "precise_location";
        public const string PeopleCategory = "user_id";

        private const string ResourcePrefix = "Governance.Analyzers.Privacy.Vocabulary.";

        private static readonly Dictionary<string, WordRoles> WordClassSections = new Dictionary<string, WordRoles>(StringComparer.Ordinal)
        {
            ["identifier"] = WordRoles.IdentifierWord,
            ["person identifier"] = WordRoles.PersonIdentifierWord,
            ["hash"] = WordRoles.HashWord,
            ["hashed"] = WordRoles.PersonalWhenHashed,
            ["modifier"] = WordRoles.Modifier,
            ["time format"] = WordRoles.TimeFormat,
            ["person container"] = WordRoles.PersonContainer,
            ["location"] = WordRoles.LocationWord,
            ["system"] = WordRoles.SystemWord,
            ["error"] = WordRoles.ErrorWord,
            ["content"] = WordRoles.ContentWord,
            ["short"] = WordRoles.ShortPiece,
            ["whole words"] = WordRoles.WholeWord,
            ["holder suffix"] = WordRoles.HolderSuffix,
            ["person holder"] = WordRoles.PersonHolder,
            ["financial holder"] = WordRoles.FinancialHolder,
        };

        private static readonly Lazy<PersonalDataVocabulary> BuiltInVocabulary =
            new Lazy<PersonalDataVocabulary>(() => Read(OpenEmbedded), LazyThreadSafetyMode.ExecutionAndPublication);

        private readonly List<string> _problems = new List<string>();

        private PersonalDataVocabulary()
        {
        }

        /// <summary>The vocabulary embedded in the analyzer assembly, read on first use.</summary>
        public static PersonalDataVocabulary BuiltIn => BuiltInVocabulary.Value;

        /// <summary>The kinds of personal data, by id.</summary>
        public Dictionary<string, PersonalDataCategory> Categories { get; } = new Dictionary<string, PersonalDataCategory>(StringComparer.Ordinal);

        /// <summary>Word sequences found anywhere in a name, with the category they mark.</summary>
        public Dictionary<string, PersonalDataCategory> Terms { get; } = new Dictionary<string, PersonalDataCategory>(StringComparer.Ordinal);

        /// <summary>Whole names that are personal data when their holder names a person (HeldAttributes.txt).</summary>
        public Dictionary<string, PersonalDataCategory> HeldAttributes { get; } = new Dictionary<string, PersonalDataCategory>(StringComparer.Ordinal);

        /// <summary>Whole names that are personal data when their holder names a person or a payment (FinancialAttributes.txt).</summary>
        public Dictionary<string, PersonalDataCategory> FinancialAttributes { get; } = new Dictionary<string, PersonalDataCategory>(StringComparer.Ordinal);

        /// <summary>Word sequences that count only as the whole name.</summary>
        public Dictionary<string, PersonalDataCategory> WholeNameTerms { get; } = new Dictionary<string, PersonalDataCategory>(StringComparer.Ordinal);

        /// <summary>Technical word sequences; a term lying inside one does not count.</summary>
        public List<string[]> LookAlikes { get; } = new List<string[]>();

        /// <summary>Last words that make a name metadata about personal data.</summary>
        public HashSet<string> NonPersonalHeads { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Leading word sequences (flags, aggregates and questions) that make a name metadata.</summary>
        public List<string[]> NonPersonalPrefixes { get; } = new List<string[]>();

        /// <summary>The one-word prefixes that ask a question, after which a special category still counts.</summary>
        public HashSet<string> QuestionPrefixes { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Last words (as sequences) of a free-text field.</summary>
        public HashSet<string> FreeTextWords { get; } = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>Nouns whose identifier (noun + identifier word) is of the category (Entities.txt).</summary>
        public Dictionary<string, PersonalDataCategory> Entities { get; } = new Dictionary<string, PersonalDataCategory>(StringComparer.Ordinal);

        /// <summary>The roles the word classes of WordClasses.txt give their words.</summary>
        public Dictionary<string, WordRoles> WordClasses { get; } = new Dictionary<string, WordRoles>(StringComparer.Ordinal);

        /// <summary>Short forms read as their full words anywhere in a name (<c>addr</c> → address).</summary>
        public Dictionary<string, string[]> Abbreviations { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal);

        /// <summary>Short forms read as their full words only after another word (<c>no</c> → number).</summary>
        public Dictionary<string, string[]> AbbreviationsAfterAWord { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal);

        /// <summary>Lines that could not be read ("Terms.txt:12: ..."); empty for a valid vocabulary.</summary>
        public IReadOnlyList<string> Problems => _problems;

        /// <summary>"ip_address", "IpAddress" and "ip address" all become "ip address": the form entries are written in.</summary>
        public static string Canonical(string text)
        {
            var words = new List<string>();
            foreach (var part in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                words.AddRange(IdentifierWords.Split(part));
            }

            return string.Join(" ", words);
        }

        /// <summary>Reads the vocabulary from the named files (<paramref name="open"/> returns null for a missing one).</summary>
        internal static PersonalDataVocabulary Read(Func<string, TextReader?> open)
        {
            var vocabulary = new PersonalDataVocabulary();
            vocabulary.ReadCategories(new VocabularyFile("Categories.txt", open));

            // Abbreviations first: an entry elsewhere that uses a short form could never match.
            vocabulary.ReadAbbreviations(new VocabularyFile("Abbreviations.txt", open));
            vocabulary.ReadTerms(new VocabularyFile("Terms.txt", open), vocabulary.Terms, oneWord: false);
            vocabulary.ReadTerms(new VocabularyFile("WholeNameTerms.txt", open), vocabulary.WholeNameTerms, oneWord: false);
            vocabulary.ReadTerms(new VocabularyFile("Entities.txt", open), vocabulary.Entities, oneWord: true);
            vocabulary.ReadTerms(new VocabularyFile("HeldAttributes.txt", open), vocabulary.HeldAttributes, oneWord: false);
            vocabulary.ReadTerms(new VocabularyFile("FinancialAttributes.txt", open), vocabulary.FinancialAttributes, oneWord: false);
            vocabulary.ReadSequences(new VocabularyFile("LookAlikes.txt", open), vocabulary.LookAlikes);
            vocabulary.ReadWords(new VocabularyFile("NonPersonalHeads.txt", open), vocabulary.NonPersonalHeads, oneWord: true);
            vocabulary.ReadSequences(new VocabularyFile("NonPersonalPrefixes.txt", open), vocabulary.NonPersonalPrefixes);
            vocabulary.ReadWords(new VocabularyFile("QuestionPrefixes.txt", open), vocabulary.QuestionPrefixes, oneWord: true);
            foreach (var question in vocabulary.QuestionPrefixes)
            {
                if (vocabulary.NonPersonalPrefixes.Exists(prefix => prefix.Length == 1 && prefix[0] == question))
                {
                    vocabulary._problems.Add("QuestionPrefixes.txt: '" + question + "' is also in NonPersonalPrefixes.txt; list it once");
                }
                else
                {
                    vocabulary.NonPersonalPrefixes.Add(new[] { question });
                }
            }

            vocabulary.ReadWords(new VocabularyFile("FreeTextWords.txt", open), vocabulary.FreeTextWords, oneWord: false);
            vocabulary.ReadWordClasses(new VocabularyFile("WordClasses.txt", open));
            foreach (var id in new[] { HashedIdentifierCategory, PersonNameCategory, PersonalInfoCategory, PreciseLocationCategory, PeopleCategory })
            {
                if (!vocabulary.Categories.ContainsKey(id))
                {
                    vocabulary._problems.Add("Categories.txt: category '" + id + "', which the rules produce, is missing");
                }
            }

            return vocabulary;
        }

        private static TextReader? OpenEmbedded(string file)
        {
            var stream = typeof(PersonalDataVocabulary).Assembly.GetManifestResourceStream(ResourcePrefix + file);
            return stream is null ? null : new StreamReader(stream);
        }

        /// <summary><c>id | data class | phrase [| flags]</c>, the flags being <c>special</c>, <c>numbered</c>, <c>date</c> and <c>records</c>.</summary>
        private void ReadCategories(VocabularyFile file)
        {
            foreach (var line in file.Lines(_problems))
            {
                var parts = line.Text.Split('|');
                for (var i = 0; i < parts.Length; i++)
                {
                    parts[i] = parts[i].Trim();
                }

                var flags = parts.Length == 4 ? parts[3].Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries) : new string[0];
                if (line.Section is not null || parts.Length < 3 || parts.Length > 4 || (parts.Length == 4 && flags.Length == 0))
                {
                    _problems.Add(line.Problem("expected 'id | data class | phrase' or 'id | data class | phrase | flags'"));
                }
                else if (Array.Find(flags, flag => flag is not ("special" or "numbered" or "date" or "records")) is { } unknown)
                {
                    _problems.Add(line.Problem("unknown flag '" + unknown + "' (expected special, numbered, date or records)"));
                }
                else if (parts[0].Length == 0 || parts[0].IndexOf(' ') >= 0 || parts[2].Length == 0)
                {
                    _problems.Add(line.Problem("the id must be one word and the phrase must not be empty"));
                }
                else if (!Enum.TryParse<DataClassKind>(parts[1], ignoreCase: false, out var dataClass)
                    || !Enum.IsDefined(typeof(DataClassKind), dataClass)
                    || dataClass < DataClassKind.Identifier
                    || parts[1] != dataClass.ToString())
                {
                    _problems.Add(line.Problem("'" + parts[1] + "' is not a personal data class (Identifier, Personal or Sensitive)"));
                }
                else if (Categories.ContainsKey(parts[0]))
                {
                    _problems.Add(line.Problem("category '" + parts[0] + "' is already defined"));
                }
                else
                {
                    Categories.Add(parts[0], new PersonalDataCategory(
                        parts[0],
                        parts[2],
                        dataClass,
                        isSpecial: Array.IndexOf(flags, "special") >= 0,
                        isNumbered: Array.IndexOf(flags, "numbered") >= 0,
                        isDate: Array.IndexOf(flags, "date") >= 0,
                        isRecords: Array.IndexOf(flags, "records") >= 0));
                }
            }
        }

        /// <summary><c>short = full words</c>, under <c>[anywhere]</c> or <c>[after a word]</c>.</summary>
        private void ReadAbbreviations(VocabularyFile file)
        {
            foreach (var line in file.Lines(_problems))
            {
                var separator = line.Text.IndexOf('=');
                var target = line.Section == "anywhere" ? Abbreviations : line.Section == "after a word" ? AbbreviationsAfterAWord : null;
                if (target is null)
                {
                    _problems.Add(line.Problem(line.Section is null ? "an abbreviation must follow [anywhere] or [after a word]" : "unknown section [" + line.Section + "]"));
                    continue;
                }

                var shortForm = separator < 0 ? string.Empty : line.Text.Substring(0, separator).Trim();
                var full = separator < 0 ? string.Empty : Canonical(line.Text.Substring(separator + 1));
                if (shortForm.Length == 0 || full.Length == 0 || Canonical(shortForm) != shortForm || shortForm.IndexOf(' ') >= 0)
                {
                    _problems.Add(line.Problem("expected 'short = full words', the short form one word in canonical form"));
                }
                else if (Abbreviations.ContainsKey(shortForm) || AbbreviationsAfterAWord.ContainsKey(shortForm))
                {
                    _problems.Add(line.Problem("'" + shortForm + "' is listed twice"));
                }
                else
                {
                    target.Add(shortForm, full.Split(' '));
                }
            }
        }

        /// <summary>Words under the <c>[section]</c> (of <see cref="WordClassSections"/>) that gives them their role.</summary>
        private void ReadWordClasses(VocabularyFile file)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in file.Lines(_problems))
            {
                if (line.Section is null || !WordClassSections.TryGetValue(line.Section, out var role))
                {
                    _problems.Add(line.Problem(line.Section is null ? "a word must follow a [section]" : "unknown section [" + line.Section + "]"));
                    continue;
                }

                var word = CanonicalEntry(line);
                if (word.IndexOf(' ') >= 0)
                {
                    _problems.Add(line.Problem("expected one word, found '" + word + "'"));
                }
                else if (!seen.Add(line.Section + "|" + word))
                {
                    _problems.Add(line.Problem("'" + word + "' is listed twice in [" + line.Section + "]"));
                }
                else
                {
                    WordClasses.TryGetValue(word, out var roles);
                    WordClasses[word] = roles | role;
                }
            }
        }

        /// <summary>Terms (or entities), each under the <c>[category]</c> it marks.</summary>
        private void ReadTerms(VocabularyFile file, Dictionary<string, PersonalDataCategory> terms, bool oneWord)
        {
            foreach (var line in file.Lines(_problems))
            {
                PersonalDataCategory? category = null;
                if (line.Section is null || !Categories.TryGetValue(line.Section, out category))
                {
                    _problems.Add(line.Problem(line.Section is null ? "a term must follow a [category] section" : "unknown category [" + line.Section + "]"));
                    continue;
                }

                var words = CanonicalEntry(line);
                if (oneWord && words.IndexOf(' ') >= 0)
                {
                    _problems.Add(line.Problem("expected one word, found '" + words + "'"));
                    continue;
                }

                if (terms.ContainsKey(words))
                {
                    _problems.Add(line.Problem("'" + words + "' is listed twice"));
                    continue;
                }

                terms.Add(words, category);
            }
        }

        private void ReadSequences(VocabularyFile file, List<string[]> sequences)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var line in file.Lines(_problems))
            {
                var words = CanonicalEntry(line);
                if (NoSection(line) && Unique(line, words, seen))
                {
                    sequences.Add(words.Split(' '));
                }
            }
        }

        private void ReadWords(VocabularyFile file, HashSet<string> words, bool oneWord)
        {
            foreach (var line in file.Lines(_problems))
            {
                var entry = CanonicalEntry(line);
                if (oneWord && entry.IndexOf(' ') >= 0)
                {
                    _problems.Add(line.Problem("expected one word, found '" + entry + "'"));
                }
                else if (NoSection(line) && Unique(line, entry, words))
                {
                    words.Add(entry);
                }
            }
        }

        private string CanonicalEntry(VocabularyLine line)
        {
            var canonical = Canonical(line.Text);
            if (canonical != line.Text)
            {
                _problems.Add(line.Problem("'" + line.Text + "' is not in canonical form; write '" + canonical + "'"));
            }

            // Names are read with short forms expanded, so an entry that keeps one could never match.
            var words = canonical.Split(' ');
            for (var i = 0; i < words.Length; i++)
            {
                if (Abbreviations.TryGetValue(words[i], out var full) || (i > 0 && AbbreviationsAfterAWord.TryGetValue(words[i], out full)))
                {
                    _problems.Add(line.Problem("'" + canonical + "' can never match: names read '" + words[i] + "' as '" + string.Join(" ", full) + "'"));
                    break;
                }
            }

            return canonical;
        }

        private bool NoSection(VocabularyLine line)
        {
            if (line.Section is null)
            {
                return true;
            }

            _problems.Add(line.Problem("this file has no sections"));
            return false;
        }

        private bool Unique(VocabularyLine line, string entry, HashSet<string> seen)
        {
            if (entry.Length > 0 && seen.Add(entry))
            {
                return true;
            }

            _problems.Add(line.Problem(entry.Length == 0 ? "the entry is empty" : "'" + entry + "' is listed twice"));
            return false;
        }

        /// <summary>One embedded file: its entries, with the <c>[section]</c> each falls under.</summary>
        private readonly struct VocabularyFile
        {
            private readonly string _name;
            private readonly Func<string, TextReader?> _open;

            public VocabularyFile(string name, Func<string, TextReader?> open)
            {
                _name = name;
                _open = open;
            }

            public IEnumerable<VocabularyLine> Lines(List<string> problems)
            {
                using var reader = _open(_name);
                if (reader is null)
                {
                    problems.Add(_name + ": the file is missing");
                    yield break;
                }

                string? section = null;
                var number = 0;
                for (var text = reader.ReadLine(); text is not null; text = reader.ReadLine())
                {
                    number++;
                    var trimmed = text.Trim();
                    if (trimmed.Length == 0 || trimmed[0] == '#')
                    {
                        continue;
                    }

                    if (trimmed[0] == '[' && trimmed[trimmed.Length - 1] == ']')
                    {
                        section = trimmed.Substring(1, trimmed.Length - 2).Trim();
                        continue;
                    }

                    yield return new VocabularyLine(_name, number, section, trimmed);
                }
            }
        }

        private readonly struct VocabularyLine
        {
            private readonly string _file;
            private readonly int _number;

            public VocabularyLine(string file, int number, string? section, string text)
            {
                _file = file;
                _number = number;
                Section = section;
                Text = text;
            }

            public string? Section { get; }

            public string Text { get; }

            public string Problem(string message) => _file + ":" + _number.ToString(CultureInfo.InvariantCulture) + ": " + message;
        }
    }
}
