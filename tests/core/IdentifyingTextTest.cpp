#include "doubtline/IdentifyingText.h"

#include <gtest/gtest.h>

using namespace baken;

namespace {

using Kind = IdentifyingMatch::Kind;

QStringList found(const QString &text, Kind kind, const QStringList &names = {})
{
    QStringList out;
    for (const IdentifyingMatch &m : findIdentifying(text, names))
        if (m.kind == kind)
            out << m.text;
    return out;
}

const QStringList Names = {
    u"Müller"_qs, u"Ayşe"_qs, u"de Vries"_qs, u"Jansen"_qs, u"Yilmaz"_qs, u"Łukasz"_qs, u"van den Berg"_qs,
};

TEST(IdentifyingText, FindsEmailAddresses)
{
    EXPECT_EQ(found(u"mail hem op a.el-amrani@gemeente.nl vandaag"_qs, Kind::Email),
              QStringList{u"a.el-amrani@gemeente.nl"_qs});
    EXPECT_EQ(found(u"(j.jansen+werk@outlook.com)."_qs, Kind::Email), QStringList{u"j.jansen+werk@outlook.com"_qs});
    EXPECT_EQ(found(u"Stuur naar info@voorbeeld.co.uk, graag"_qs, Kind::Email),
              QStringList{u"info@voorbeeld.co.uk"_qs});
}

TEST(IdentifyingText, FindsDutchMobileNumbersAsPeopleWriteThem)
{
    for (const QString &number : {u"06-12345678"_qs, u"06 1234 5678"_qs, u"0612345678"_qs, u"06 12 34 56 78"_qs,
                                  u"06 - 12345678"_qs, u"(06) 12345678"_qs})
        EXPECT_EQ(found(u"Bel haar op "_qs + number + u" na vijven."_qs, Kind::Phone), QStringList{number})
            << number.toStdString();
}

TEST(IdentifyingText, FindsDutchLandlines)
{
    for (const QString &number :
         {u"010-1234567"_qs, u"020 123 4567"_qs, u"(020) 123 45 67"_qs, u"0591-123456"_qs, u"030.123.45.67"_qs})
        EXPECT_EQ(found(u"Zijn werknummer is "_qs + number + u"."_qs, Kind::Phone), QStringList{number})
            << number.toStdString();
}

TEST(IdentifyingText, FindsInternationalNumbers)
{
    for (const QString &number :
         {u"+31 6 12345678"_qs, u"+31 (0)6 12345678"_qs, u"+31612345678"_qs, u"0031 6 12345678"_qs, u"0031612345678"_qs,
          u"+31 20 123 4567"_qs, u"+32 2 123 45 67"_qs, u"+49 30 1234567"_qs, u"+44 20 7946 0958"_qs})
        EXPECT_EQ(found(u"Nummer: "_qs + number, Kind::Phone), QStringList{number}) << number.toStdString();
}

TEST(IdentifyingText, FindsANumberNextToOtherFigures)
{
    EXPECT_EQ(found(u"Sinds 2026 06-12345678 gebruikt"_qs, Kind::Phone), QStringList{u"06-12345678"_qs});
    EXPECT_EQ(found(u"06-12345678 06-87654321"_qs, Kind::Phone), (QStringList{u"06-12345678"_qs, u"06-87654321"_qs}));
}

TEST(IdentifyingText, LeavesDatesYearsAmountsAndCaseNumbersAlone)
{
    const QString texts[] = {
        u"Het gebeurde op 12-03-2026 tijdens het overleg."_qs,
        u"Op 01-03-2026 10:30 was er weer een opmerking."_qs,
        u"Op 06-03-2026 10 collega's erbij."_qs,
        u"Sinds 2026-03-12 werkt ze op een andere afdeling."_qs,
        u"Gesprek gepland op 12/03/2026 en 1.3.2026."_qs,
        u"Het speelt al sinds 2024, en in 2025 en 2026 erger."_qs,
        u"Zie casus 2026-0042 en 2025-0113."_qs,
        u"De schade was € 1.250,00 en later € 1.250.000."_qs,
        u"Ze werkt 0,8 fte, van 09.00 - 17.00 uur."_qs,
        u"Het kantoor aan de Hoofdweg, 1012 AB Amsterdam."_qs,
        u"Zijn personeelsnummer is 123456789."_qs,
        u"Bel de meldlijn op 0800-0880 of de politie op 0900-8844 of 112."_qs,
        u"Het gebeurde 3 keer in 2 weken, 25 mensen in het team."_qs,
        u"Een e-mail van @teamleider in de groepsapp."_qs,
    };
    for (const QString &text : texts)
        EXPECT_TRUE(findIdentifying(text, Names).isEmpty()) << text.toStdString();
}

TEST(IdentifyingText, FindsNamesIgnoringCaseAndAccents)
{
    EXPECT_EQ(found(u"Collega Muller zei het weer."_qs, Kind::Name, Names), QStringList{u"Muller"_qs});
    EXPECT_EQ(found(u"Collega MÜLLER zei het weer."_qs, Kind::Name, Names), QStringList{u"MÜLLER"_qs});
    EXPECT_EQ(found(u"ayse uit het team"_qs, Kind::Name, Names), QStringList{u"ayse"_qs});
    EXPECT_EQ(found(u"Meneer Yılmaz en Lukasz"_qs, Kind::Name, Names), (QStringList{u"Yılmaz"_qs, u"Lukasz"_qs}));
    // The match points at the text as typed, accents and all.
    const auto matches = findIdentifying(u"Gesprek met Ayşe."_qs, Names);
    ASSERT_EQ(matches.size(), 1);
    EXPECT_EQ(matches[0].position, 12);
    EXPECT_EQ(matches[0].length, 4);
}

TEST(IdentifyingText, FindsMultiWordNamesAcrossAnyWhiteSpace)
{
    EXPECT_EQ(found(u"Mevrouw De Vries gaf het aan."_qs, Kind::Name, Names), QStringList{u"De Vries"_qs});
    EXPECT_EQ(found(u"mevrouw de\nvries"_qs, Kind::Name, Names), QStringList{u"de\nvries"_qs});
    EXPECT_EQ(found(u"Van  den Berg was erbij"_qs, Kind::Name, Names), QStringList{u"Van  den Berg"_qs});
}

TEST(IdentifyingText, MatchesNamesAsWholeWordsOnly)
{
    // A street, a longer name or a word that happens to contain a name is not
    // that name: warning on it would teach colleagues to ignore the warning.
    for (const QString &text : {u"Het kantoor aan de Jansenstraat."_qs, u"Een Jansens-achtige aanpak"_qs,
                                u"Mevrouw Vriesema en de Vriezer"_qs, u"Müllerstraße"_qs})
        EXPECT_TRUE(found(text, Kind::Name, Names).isEmpty()) << text.toStdString();
    EXPECT_EQ(found(u"Jansen's opmerking"_qs, Kind::Name, Names), QStringList{u"Jansen"_qs});
}

TEST(IdentifyingText, ReportsAnAddressOnceNotTheNameOrNumberInsideIt)
{
    const auto matches = findIdentifying(u"jansen0612345678@mail.nl of jansen"_qs, Names);
    ASSERT_EQ(matches.size(), 2);
    EXPECT_EQ(matches[0].kind, Kind::Email);
    EXPECT_EQ(matches[1].kind, Kind::Name);
    EXPECT_EQ(matches[1].position, 28);
}

TEST(IdentifyingText, ReportsMatchesInTextOrder)
{
    const auto matches = findIdentifying(u"Ayşe, 06-12345678, ayse@example.org"_qs, Names);
    ASSERT_EQ(matches.size(), 3);
    EXPECT_EQ(matches[0].kind, Kind::Name);
    EXPECT_EQ(matches[1].kind, Kind::Phone);
    EXPECT_EQ(matches[2].kind, Kind::Email);
}

TEST(IdentifyingText, NamesWithRegexCharactersAreTakenLiterally)
{
    const QStringList odd = {u"A.B"_qs, u"(x)"_qs, u"  "_qs, QString()};
    EXPECT_TRUE(found(u"AxB"_qs, Kind::Name, odd).isEmpty());
    EXPECT_EQ(found(u"A.B zei het"_qs, Kind::Name, odd), QStringList{u"A.B"_qs});
}

// How quickly is BM_IdentifyingTextLongRunsOfFigures (tests/bench).
TEST(IdentifyingText, LongRunsOfFiguresAndSeparatorsAreNotIdentifying)
{
    QString text;
    for (int i = 0; i < 5000; ++i)
        text += u"1 0- "_qs;
    EXPECT_TRUE(findIdentifying(text, defaultIdentifyingNames()).isEmpty());
}

TEST(IdentifyingText, TheDefaultListCoversSeveralBackgroundsAndSkipsOrdinaryWords)
{
    const QStringList names = defaultIdentifyingNames();
    EXPECT_GE(names.size(), 120);
    EXPECT_LE(names.size(), 220);
    EXPECT_EQ(found(u"Fatima en Yilmaz, Kowalski, de Jong en Jagessar"_qs, Kind::Name, names).size(), 5);
    for (const QString &text :
         {u"Een wandeling in het bos."_qs, u"Op 3 jan. belde ze."_qs, u"Een witte en een zwarte collega."_qs,
          u"De koning en de prins."_qs, u"Wat zei de collega van de afdeling?"_qs})
        EXPECT_TRUE(found(text, Kind::Name, names).isEmpty()) << text.toStdString();
}

} // namespace
