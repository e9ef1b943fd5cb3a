#pragma once

#include "crypto/PassphraseStrength.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace baken::ui {

// The live libzxcvbn verdict under a new-passphrase field: a level bar, the
// level in words and what to do about it.
class PassphraseStrengthMeter final : public QWidget {
    Q_OBJECT

public:
    explicit PassphraseStrengthMeter(QWidget *parent = nullptr);

    void setPassphrase(const QString &passphrase);
    const PassphraseStrength &strength() const { return m_strength; }
    bool isAcceptable() const { return m_strength.acceptable; }

private:
    PassphraseStrength m_strength;
    QProgressBar *m_bar;
    QLabel *m_label;
    QLabel *m_advice;
};

} // namespace baken::ui
