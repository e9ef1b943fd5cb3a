#include "DashboardPage.h"

#include "AgendaPanel.h"
#include "retention/Retention.h"
#include "vault/Migrations.h"
#include "vault/Vault.h"
#include "vault/VaultCheck.h"
#include "widgets/FocusOrder.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

DashboardPage::DashboardPage(Vault &vault, QWidget *parent)
    : QWidget(parent)
    , m_vault(vault)
    , m_name(valueLabel(this))
    , m_demo(new QLabel(this))
    , m_retentionHint(new QWidget(this))
    , m_retentionText(new QLabel(m_retentionHint))
    , m_schema(valueLabel(this))
    , m_audit(valueLabel(this))
    , m_integrity(valueLabel(this))
    , m_error(new QLabel(this))
    , m_counts(new QFormLayout)
    , m_agenda(new AgendaPanel(vault, this))
{
    auto *title = new QLabel(tr("Dashboard"), this);
    makePageTitle(title);

    m_demo->setWordWrap(true);
    setPanel(m_demo, Panel::Notice);
    m_error->setWordWrap(true);
    setTone(m_error, Tone::Problem);

    // Retention is the advisor's promise to reporters; due cases must not
    // wait unseen until someone opens a menu.
    m_retentionHint->setObjectName(QStringLiteral("retentionHint"));
    m_retentionText->setWordWrap(true);
    auto *review = new QPushButton(tr("&Review…"), m_retentionHint);
    review->setObjectName(QStringLiteral("reviewRetentionButton"));
    review->setToolTip(tr("Lists the closed cases past their destruction date, so that you can destroy them."));
    connect(review, &QPushButton::clicked, this, &DashboardPage::retentionRequested);
    auto *hintLayout = new QHBoxLayout(m_retentionHint);
    hintLayout->addWidget(m_retentionText, 1);
    hintLayout->addWidget(review);
    // The theme's colours, not fixed ones: under a high-contrast theme the
    // text is light, and a fixed light background hid it.
    setPanel(m_retentionHint, Panel::Note);
    m_retentionHint->hide();

    auto *vaultBox = new QGroupBox(tr("Vault"), this);
    auto *vaultForm = new QFormLayout(vaultBox);
    vaultForm->addRow(tr("Name:"), m_name);
    vaultForm->addRow(tr("Schema version:"), m_schema);
    vaultForm->addRow(tr("Audit log:"), m_audit);
    vaultForm->addRow(tr("Database check:"), m_integrity);

    auto *countBox = new QGroupBox(tr("Records"), this);
    auto *countLayout = new QVBoxLayout(countBox);
    countLayout->addLayout(m_counts);
    // Exact counts are fine here; anything handed on must be suppressed.
    auto *exactNote = new QLabel(tr("These counts are exact because they stay in this vault. Figures you hand on "
                                    "go through Reports, which hides small numbers."),
                                 countBox);
    exactNote->setObjectName(QStringLiteral("exactCountsNote"));
    exactNote->setWordWrap(true);
    setTone(exactNote, Tone::Quiet);
    countLayout->addWidget(exactNote);

    auto *agendaBox = new QGroupBox(tr("Agenda"), this);
    auto *agendaLayout = new QVBoxLayout(agendaBox);
    agendaLayout->addWidget(m_agenda);
    connect(m_agenda, &AgendaPanel::caseOpenRequested, this, &DashboardPage::caseOpenRequested);
    connect(m_agenda, &AgendaPanel::consultationOpenRequested, this, &DashboardPage::consultationOpenRequested);
    connect(m_agenda, &AgendaPanel::groupSessionOpenRequested, this, &DashboardPage::groupSessionOpenRequested);
    connect(m_agenda, &AgendaPanel::groupTaskOpenRequested, this, &DashboardPage::groupTaskOpenRequested);

    auto *check = new QPushButton(tr("&Check the vault"), this);
    check->setObjectName(QStringLiteral("checkVaultButton"));
    check->setToolTip(tr("Reads the whole vault file and checks the audit log, to find damage or changes made "
                         "outside Baken."));
    connect(check, &QPushButton::clicked, this, &DashboardPage::checkVault);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(check);
    buttons->addStretch();

    auto *boxes = new QHBoxLayout;
    boxes->addWidget(vaultBox, 3);
    boxes->addWidget(countBox, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_demo);
    layout->addWidget(m_retentionHint);
    layout->addWidget(agendaBox, 1);
    layout->addLayout(boxes);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    // The agenda was made first; Tab reads it after the retention hint above it.
    placeInTabOrder(review, m_agenda);

    m_audit->setObjectName(QStringLiteral("auditStatus"));
    m_integrity->setObjectName(QStringLiteral("integrityStatus"));
    for (QLabel *status : {m_audit, m_integrity})
        status->setText(tr("Not checked yet in this session; \"Check the vault\" reads the whole file."));
    refresh();
}

FollowUpsPanel *DashboardPage::followUps() const
{
    return m_agenda->followUps();
}

void DashboardPage::refresh()
{
    m_name->setText(QFileInfo(m_vault.path()).completeBaseName());
    const bool demo = m_vault.isDemo();
    m_demo->setText(tr("This is the demo vault. Its data is made up and its passphrase is published, "
                       "so never record real cases in it."));
    m_demo->setVisible(demo);
    m_agenda->refresh();
    auto due = RetentionService(m_vault).dueCount();
    const int dueCount = due ? *due : 0;
    m_retentionText->setText(
        tr("%n closed case(s) are past their destruction date and wait to be destroyed.", nullptr, dueCount));
    m_retentionHint->setVisible(dueCount > 0);

    while (m_counts->rowCount() > 0)
        m_counts->removeRow(0);
    auto version = m_vault.schemaVersion();
    auto counts = recordCounts(m_vault);
    if (!version || !counts) {
        showError(!version ? version.error() : counts.error());
        return;
    }
    m_error->hide();
    m_schema->setText(tr("%1 (this version of Baken writes version %2)").arg(*version).arg(latestSchemaVersion()));
    const QLocale locale;
    for (const RecordCount &count : *counts) {
        auto *number = new QLabel(locale.toString(count.count), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_counts->addRow(count.label + u':', number);
    }
}

void DashboardPage::checkVault()
{
    refresh();
    auto report = baken::checkVault(m_vault);
    if (!report) {
        showError(report.error());
        return;
    }
    if (report->audit.intact) {
        m_audit->setText(
            tr("Intact: the chain of %n entries is unbroken.", nullptr, static_cast<int>(report->audit.entries)));
        setTone(m_audit, Tone::Success);
    } else {
        m_audit->setText(tr("Broken at entry %1: the log was changed outside Baken. Keep a copy of this vault "
                            "and ask your administrator to look into it.")
                             .arg(report->audit.firstBrokenId));
        setTone(m_audit, Tone::Problem);
    }
    if (report->integrityOk) {
        m_integrity->setText(tr("No problems found."));
        setTone(m_integrity, Tone::Success);
    } else {
        m_integrity->setText(tr("%n problem(s) found. Restore a backup or contact support.", nullptr,
                                static_cast<int>(report->integrityProblems.size())));
        setTone(m_integrity, Tone::Problem);
    }
}

void DashboardPage::showError(const Error &error)
{
    m_error->setText(tr("The vault could not be checked: %1").arg(error.message));
    m_error->show();
}

} // namespace baken::ui
