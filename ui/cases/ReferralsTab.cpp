#include "CaseContext.h"
#include "CaseFileTabs.h"
#include "CodeChoices.h"
#include "widgets/ComboWidth.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>

namespace baken::ui {

namespace {
enum Column { DateColumn, BodyColumn, SharesColumn, NoteColumn };
} // namespace

ReferralsTab::ReferralsTab(CaseContext &context, QWidget *parent)
    : CaseFileTab(context, parent)
    , m_list(makeList(tr("Referrals"), {tr("Date"), tr("Referred to"), tr("Case details"), tr("Note")}))
    , m_body(new QComboBox(this))
    , m_date(new QDateEdit(QDate::currentDate(), this))
    , m_shares(new QCheckBox(tr("&Passes on case details"), this))
    , m_consent(new QCheckBox(tr("The reporter &consented to that"), this))
    , m_note(new QLineEdit(this))
{
    m_list->setAccessibleDescription(
        tr("The bodies this case was referred to, and whether case details were passed on."));
    fillCodeCombo(m_body, context.items(CodeList::ReferralBodies), tr("(choose a body)"));
    m_body->setAccessibleName(tr("Body referred to"));
    m_body->setToolTip(tr("The body the reporter is referred to, such as HR, the company doctor or the police."));
    letShrink(m_body, 16);
    m_date->setCalendarPopup(true);
    m_date->setMaximumDate(QDate::currentDate());
    m_date->setAccessibleName(tr("Referral date"));
    m_date->setAccessibleDescription(tr("The day of the referral."));
    m_shares->setToolTip(tr("Tick when details of the case go to the body, not only the advice to go there."));
    m_consent->setToolTip(tr("Tick when the reporter agreed that those details are passed on."));
    m_note->setAccessibleName(tr("Referral note"));
    m_note->setAccessibleDescription(tr("A short note on the referral, such as what was agreed."));
    auto *add = new QPushButton(tr("&Refer"), this);
    add->setAccessibleDescription(tr("Records the referral in this case."));
    connect(add, &QPushButton::clicked, this, &ReferralsTab::add);

    auto *form = new QGridLayout;
    form->addWidget(buddyLabel(tr("Refer &to:"), m_body), 0, 0);
    form->addWidget(m_body, 0, 1);
    form->addWidget(buddyLabel(tr("&Date:"), m_date), 0, 2);
    form->addWidget(m_date, 0, 3);
    // The consent under what it consents to: side by side they made the
    // case file too wide for a small screen or 200% text.
    form->addWidget(m_shares, 1, 1, 1, 3);
    form->addWidget(m_consent, 2, 1, 1, 3);
    form->addWidget(buddyLabel(tr("N&ote:"), m_note), 3, 0);
    form->addWidget(m_note, 3, 1, 1, 3);
    form->addWidget(add, 3, 4);
    form->setColumnStretch(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addLayout(form);
}

void ReferralsTab::refresh()
{
    m_list->clear();
    auto referrals = m_context.store().referrals(m_caseId);
    if (!referrals)
        return showMessage(referrals.error().message);
    for (const Referral &r : *referrals) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(DateColumn, shortDate(r.date));
        item->setText(BodyColumn, m_context.label(r.bodyId));
        item->setText(SharesColumn, r.sharesData ? tr("Passed on, with consent") : tr("Not passed on"));
        item->setText(NoteColumn, r.note);
    }
    for (int column = DateColumn; column < NoteColumn; ++column)
        m_list->resizeColumnToContents(column);
}

void ReferralsTab::add()
{
    Referral referral;
    referral.caseId = m_caseId;
    referral.bodyId = currentCode(m_body);
    referral.date = m_date->date();
    referral.sharesData = m_shares->isChecked();
    referral.consent = m_consent->isChecked();
    referral.note = m_note->text().trimmed();
    if (auto referred = m_context.service().refer(referral); !referred) {
        // The service refuses sharing without consent: say so, store nothing.
        showMessage(referred.error().message);
        if (referral.bodyId <= 0)
            m_body->setFocus();
        else if (referral.sharesData && !referral.consent)
            m_consent->setFocus();
        return;
    }
    showMessage({});
    m_note->clear();
    m_shares->setChecked(false);
    m_consent->setChecked(false);
    refresh();
    Q_EMIT caseChanged();
}

} // namespace baken::ui
