#include "crypto/PassphraseStrength.h"

#include <gtest/gtest.h>

using baken::PassphraseStrength;

TEST(PassphraseStrength, RefusesCommonAndShortPassphrases)
{
    for (const char *weak :
         {"", "password", "Welkom01", "qwertyuiop", "12345678901", "amsterdam2026", "vertrouwenspersoon"}) {
        const auto strength = PassphraseStrength::evaluate(QString::fromUtf8(weak));
        EXPECT_FALSE(strength.acceptable) << weak << " scored " << strength.entropyBits;
        EXPECT_FALSE(strength.advice.isEmpty()) << weak;
    }
}

TEST(PassphraseStrength, AcceptsLongUnrelatedWords)
{
    for (const char *strong :
         {"lantern orbit velvet crocus tambourine", "Zeven blauwe fietsen dansen op zolder!", "k3#Vq9!mZp2&wLx8"}) {
        const auto strength = PassphraseStrength::evaluate(QString::fromUtf8(strong));
        EXPECT_TRUE(strength.acceptable) << strong << " scored " << strength.entropyBits;
        EXPECT_GE(strength.entropyBits, PassphraseStrength::MinimumBits);
    }
}

TEST(PassphraseStrength, ExplainsWhatMakesItWeak)
{
    const struct {
        const char *passphrase;
        const char *explanation;
    } cases[] = {
        {"qwertyuiop", "common words"},
        {"gemeente utrecht", "common words"}, // Dutch words, unknown to the English dictionary
        {"aaaaaaaaaaaaaaaa", "repeats"},
        {"abcdefghijklmnop", "sequence"},
    };
    for (const auto &c : cases) {
        const auto strength = PassphraseStrength::evaluate(QString::fromUtf8(c.passphrase));
        EXPECT_FALSE(strength.acceptable) << c.passphrase;
        EXPECT_TRUE(strength.advice.contains(QLatin1String(c.explanation)))
            << c.passphrase << ": " << strength.advice.toStdString();
    }
}

TEST(PassphraseStrength, LevelRisesWithLength)
{
    const auto shorter = PassphraseStrength::evaluate(QStringLiteral("lantern orbit"));
    const auto longer = PassphraseStrength::evaluate(QStringLiteral("lantern orbit velvet crocus tambourine"));
    EXPECT_LT(shorter.entropyBits, longer.entropyBits);
    EXPECT_LT(int(shorter.level), int(longer.level));
}
