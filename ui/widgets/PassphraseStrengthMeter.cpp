#include "PassphraseStrengthMeter.h"
#include "widgets/Tone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

QString colourFor(PassphraseStrength::Level level)
{
    switch (level) {
    case PassphraseStrength::Level::VeryWeak:
        return QStringLiteral("#b3261e");
    case PassphraseStrength::Level::Weak:
        return QStringLiteral("#c75a00");
    case PassphraseStrength::Level::Fair:
        return QStringLiteral("#8a7a00");
    case PassphraseStrength::Level::Strong:
    case PassphraseStrength::Level::VeryStrong:
        return QStringLiteral("#2e7d32");
    }
    return {};
}

} // namespace

PassphraseStrengthMeter::PassphraseStrengthMeter(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_label(new QLabel(this))
    , m_advice(new QLabel(this))
{
    m_bar->setRange(0, 5);
    m_bar->setTextVisible(false);
    m_bar->setFixedHeight(8);
    m_bar->setAccessibleName(tr("Passphrase strength"));
    m_label->setObjectName(QStringLiteral("strengthLabel"));
    m_label->setMinimumWidth(90);
    QFont bold = m_label->font();
    bold.setBold(true);
    m_label->setFont(bold);
    m_advice->setObjectName(QStringLiteral("strengthAdvice"));
    m_advice->setWordWrap(true);
    QFont small = m_advice->font();
    small.setPointSizeF(small.pointSizeF() * 0.92);
    m_advice->setFont(small);

    auto *row = new QHBoxLayout;
    row->addWidget(m_bar, 1);
    row->addWidget(m_label);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_advice);
    setPassphrase({});
}

void PassphraseStrengthMeter::setPassphrase(const QString &passphrase)
{
    m_strength = PassphraseStrength::evaluate(passphrase);
    const bool empty = passphrase.isEmpty();
    m_bar->setValue(empty ? 0 : static_cast<int>(m_strength.level) + 1);
    const QString colour = colourFor(m_strength.level);
    m_bar->setStyleSheet(QStringLiteral("QProgressBar::chunk { background: %1; }").arg(colour));
    m_label->setText(empty ? QString() : m_strength.label);
    // The bar's colour is a picture; the words must read on any theme.
    setTone(m_label, m_strength.level <= PassphraseStrength::Level::Weak     ? Tone::Problem
                     : m_strength.level >= PassphraseStrength::Level::Strong ? Tone::Success
                                                                             : Tone::Normal);
    m_advice->setText(empty ? tr("Use four or more unrelated words, or a long sentence only you would think of.")
                            : m_strength.advice);
    m_advice->setVisible(!m_advice->text().isEmpty());
    m_bar->setAccessibleDescription(m_strength.label);
}

} // namespace baken::ui
