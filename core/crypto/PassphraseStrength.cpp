#include "PassphraseStrength.h"

#include "PassphraseDictionary.h"

#include <QCoreApplication>

#include <zxcvbn.h>

namespace baken {

namespace {

// The weakest kind of pattern zxcvbn found explains the estimate best.
QString adviceFor(const ZxcMatch_t *matches, qsizetype length)
{
    int worst = NON_MATCH;
    double worstShare = -1;
    for (const ZxcMatch_t *m = matches; m; m = m->Next) {
        // A part that recurs ("abab", "aaaa") is a repeat, whatever it is made of.
        const int type = m->Type >= MULTIPLE_MATCH ? int(REPEATS_MATCH) : int(m->Type);
        if (type == BRUTE_MATCH || type == NON_MATCH || m->Length <= 0)
            continue;
        const double share = m->Length / (m->Entrpy + 1.0);
        if (share > worstShare) {
            worstShare = share;
            worst = type;
        }
    }
    switch (worst) {
    case DICTIONARY_MATCH:
    case DICT_LEET_MATCH:
    case USER_MATCH:
    case USER_LEET_MATCH:
        return QCoreApplication::translate("baken::PassphraseStrength",
                                           "It contains common words or names, even with letters swapped for digits.");
    case REPEATS_MATCH:
        return QCoreApplication::translate("baken::PassphraseStrength", "It repeats characters or parts.");
    case SEQUENCE_MATCH:
        return QCoreApplication::translate("baken::PassphraseStrength", "It contains a sequence such as abc or 1234.");
    case SPATIAL_MATCH:
        return QCoreApplication::translate("baken::PassphraseStrength",
                                           "It contains a keyboard pattern such as qwerty.");
    case DATE_MATCH:
    case YEAR_MATCH:
        return QCoreApplication::translate("baken::PassphraseStrength", "It contains a date or a year.");
    default:
        break;
    }
    if (length < 12)
        return QCoreApplication::translate("baken::PassphraseStrength", "It is short.");
    return {};
}

} // namespace

PassphraseStrength PassphraseStrength::evaluate(const QString &passphrase)
{
    PassphraseStrength result;
    QByteArray utf8 = passphrase.toUtf8();
    ZxcMatch_t *info = nullptr;
    result.entropyBits =
        passphrase.isEmpty()
            ? 0.0
            : ZxcvbnMatch(utf8.constData(), const_cast<const char **>(dutchPassphraseDictionary()), &info);
    const QString weakness = adviceFor(info, passphrase.size());
    ZxcvbnFreeInfo(info);
    utf8.fill('\0');

    const double bits = result.entropyBits;
    if (bits < 28)
        result.level = Level::VeryWeak,
        result.label = QCoreApplication::translate("baken::PassphraseStrength", "Very weak");
    else if (bits < MinimumBits)
        result.level = Level::Weak, result.label = QCoreApplication::translate("baken::PassphraseStrength", "Weak");
    else if (bits < 65)
        result.level = Level::Fair, result.label = QCoreApplication::translate("baken::PassphraseStrength", "Fair");
    else if (bits < 90)
        result.level = Level::Strong, result.label = QCoreApplication::translate("baken::PassphraseStrength", "Strong");
    else
        result.level = Level::VeryStrong,
        result.label = QCoreApplication::translate("baken::PassphraseStrength", "Very strong");

    result.acceptable = bits >= MinimumBits;
    if (!result.acceptable) {
        const QString tip = QCoreApplication::translate(
            "baken::PassphraseStrength",
            "Use four or more unrelated words, or a long sentence only you would think of.");
        result.advice = weakness.isEmpty() ? tip : weakness + u' ' + tip;
    } else if (result.level == Level::Fair) {
        result.advice = QCoreApplication::translate("baken::PassphraseStrength",
                                                    "Acceptable. One more unrelated word makes it strong.");
    }
    return result;
}

} // namespace baken
