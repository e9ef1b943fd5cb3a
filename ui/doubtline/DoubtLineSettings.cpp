#include "DoubtLineSettings.h"

#include "ReferralGuideDialog.h"
#include "doubtline/IdentifyingNames.h"
#include "widgets/Tone.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui {

DoubtLineSettings::DoubtLineSettings(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_names(new QPlainTextEdit(this))
    , m_save(new QPushButton(tr("&Save the names"), this))
    , m_status(new QLabel(this))
{
    auto *intro =
        new QLabel(tr("Before a consultation is saved, its question is checked for e-mail addresses, phone "
                      "numbers and the names below, and the colleague is warned if it holds any. One name per line; "
                      "kept in this vault."),
                   this);
    intro->setWordWrap(true);
    auto *namesLabel = new QLabel(tr("&Identifying names:"), this);
    namesLabel->setBuddy(m_names);
    m_names->setObjectName(QStringLiteral("identifyingNamesEdit"));
    m_names->setAccessibleName(tr("Names that identify someone, one per line"));
    m_names->setAccessibleDescription(
        tr("When a consultation's question mentions one of these names, Baken warns before saving it."));
    m_names->setTabChangesFocus(true);
    m_names->setMinimumHeight(140);
    m_names->setMaximumHeight(220);
    m_save->setObjectName(QStringLiteral("saveNamesButton"));
    m_save->setAccessibleDescription(
        tr("Saves the list in this vault, for every colleague who logs consultations in it."));
    m_status->setObjectName(QStringLiteral("namesStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    auto *guide = new QPushButton(tr("Edit the referral g&uide…"), this);
    guide->setObjectName(QStringLiteral("editGuideButton"));
    guide->setToolTip(tr("What every colleague tells a caller about each referral body, in Dutch and English"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(guide);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(intro);
    layout->addWidget(namesLabel);
    layout->addWidget(m_names);
    layout->addLayout(buttons);

    connect(m_save, &QPushButton::clicked, this, &DoubtLineSettings::saveNames);
    connect(guide, &QPushButton::clicked, this, &DoubtLineSettings::editGuide);
    connect(m_names, &QPlainTextEdit::textChanged, this, [this] { m_status->clear(); });
    reload();
}

void DoubtLineSettings::reload()
{
    auto names = identifyingNames(m_vault);
    if (!names)
        return showStatus(names.error().message, true);
    m_names->setPlainText(names->join(u'\n'));
    m_status->clear();
}

void DoubtLineSettings::saveNames()
{
    const QStringList names = m_names->toPlainText().split(u'\n');
    if (auto saved = setIdentifyingNames(m_vault, names); !saved)
        return showStatus(saved.error().message, true);
    // Show the list as the vault keeps it: trimmed, without doubles.
    reload();
    auto kept = identifyingNames(m_vault);
    showStatus(tr("Saved: %n name(s).", nullptr, kept ? static_cast<int>(kept->size()) : 0), false);
}

void DoubtLineSettings::editGuide()
{
    auto *dialog = new ReferralGuideDialog(m_vault, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DoubtLineSettings::showStatus(const QString &message, bool error)
{
    m_status->setText(message);
    setTone(m_status, error ? Tone::Problem : Tone::Normal);
}

} // namespace baken::ui
