#pragma once

#include <QString>

namespace baken {

// The libzxcvbn estimate of a passphrase, with the verdict Baken acts on.
struct PassphraseStrength {
    enum class Level { VeryWeak, Weak, Fair, Strong, VeryStrong };

    double entropyBits = 0;
    Level level = Level::VeryWeak;
    bool acceptable = false; // may protect a vault
    QString label;           // "Weak", translated
    QString advice;          // what makes it weak and what to do instead

    // Below this estimate a vault passphrase is refused. With Argon2id
    // MODERATE each guess costs about half a second and 256 MiB, so 50 bits
    // keep a stolen vault closed for far longer than a case stays relevant.
    static constexpr double MinimumBits = 50.0;

    static PassphraseStrength evaluate(const QString &passphrase);
};

} // namespace baken
