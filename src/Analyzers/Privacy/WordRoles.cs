using System;

namespace Governance.Analyzers.Privacy
{
    /// <summary>What a word does in the classifier's rules (a word may have several roles).</summary>
    [Flags]
    internal enum WordRoles
    {
        None = 0,

        /// <summary>A last word that makes a name metadata (NonPersonalHeads.txt).</summary>
        Head = 1 << 0,

        /// <summary>A leading word that asks a question (QuestionPrefixes.txt).</summary>
        Question = 1 << 1,

        /// <summary>Makes an entity its identifier, keeps a numbered category (WordClasses.txt [identifier]).</summary>
        IdentifierWord = 1 << 2,

        /// <summary>Makes a person their identifier (WordClasses.txt [person identifier]).</summary>
        PersonIdentifierWord = 1 << 3,

        /// <summary>Says a value is hashed (WordClasses.txt [hash]).</summary>
        HashWord = 1 << 4,

        /// <summary>May stand between an entity and its identifier word (WordClasses.txt [modifier]).</summary>
        Modifier = 1 << 5,

        /// <summary>Says how a date is written (WordClasses.txt [time format]).</summary>
        TimeFormat = 1 << 6,

        /// <summary>After a person, holds their details (WordClasses.txt [person container]).</summary>
        PersonContainer = 1 << 7,

        /// <summary>After a person or device, gives where they are (WordClasses.txt [location]).</summary>
        LocationWord = 1 << 8,

        /// <summary>Before a content word, makes it a description of the platform (WordClasses.txt [system]).</summary>
        SystemWord = 1 << 9,

        /// <summary>Before a content word, makes it an error's text (WordClasses.txt [error]).</summary>
        ErrorWord = 1 << 10,

        /// <summary>What an error or a system word is followed by (WordClasses.txt [content]).</summary>
        ContentWord = 1 << 11,

        /// <summary>A two-letter word that glued words may be split into (WordClasses.txt [short]).</summary>
        ShortPiece = 1 << 12,

        /// <summary>An ordinary word that is never split (WordClasses.txt [whole words]).</summary>
        WholeWord = 1 << 13,

        /// <summary>Personal data only beside a hash word (WordClasses.txt [hashed]: HashedMac).</summary>
        PersonalWhenHashed = 1 << 14,

        /// <summary>Read past at the end of a holder's name (WordClasses.txt [holder suffix]: Event, Context, SignedIn).</summary>
        HolderSuffix = 1 << 15,

        /// <summary>As a holder's head noun, a person (WordClasses.txt [person holder], the people of Entities.txt, their plurals).</summary>
        PersonHolder = 1 << 16,

        /// <summary>As a holder's head noun, a payment, transaction, order or bill (WordClasses.txt [financial holder], their plurals).</summary>
        FinancialHolder = 1 << 17,
    }
}
