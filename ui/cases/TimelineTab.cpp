#include "CaseContext.h"
#include "CaseFileTabs.h"
#include "ContactDialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>

namespace baken::ui {

namespace {

enum Column { WhenColumn, ChannelColumn, MinutesColumn, NoteColumn };
constexpr int ContactRole = Qt::UserRole + 1;

QString dateTimeText(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

// The note's first line: the list is an overview, the dialog shows it all.
QString firstLine(const QString &note)
{
    const QString line = note.section(u'\n', 0, 0);
    return line.size() < note.size() ? line + u'…' : line;
}

} // namespace

TimelineTab::TimelineTab(CaseContext &context, QWidget *parent)
    : CaseFileTab(context, parent)
    , m_list(makeList(tr("Contact moments"), {tr("When"), tr("Channel"), tr("Minutes"), tr("Note")}))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_revisions(new QPushButton(tr("Earlier &versions…"), this))
{
    m_list->setAccessibleDescription(tr("The contact moments of this case; press Enter to edit the selected one."));
    auto *add = new QPushButton(tr("&Add contact moment…"), this);
    add->setAccessibleDescription(tr("Records a conversation, call or message about this case."));
    m_edit->setAccessibleDescription(tr("Changes the selected contact moment; the earlier version is kept."));
    m_revisions->setToolTip(tr("Shows how the note of the selected contact moment read before each change."));
    connect(add, &QPushButton::clicked, this, &TimelineTab::addContact);
    connect(m_edit, &QPushButton::clicked, this, &TimelineTab::editContact);
    connect(m_revisions, &QPushButton::clicked, this, &TimelineTab::showRevisions);
    connect(m_list, &QTreeWidget::itemActivated, this, &TimelineTab::editContact);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TimelineTab::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_revisions);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    updateButtons();
}

void TimelineTab::refresh()
{
    m_list->clear();
    auto contacts = m_context.store().contacts(m_caseId);
    if (!contacts) {
        showMessage(contacts.error().message);
        return;
    }
    for (const ContactMoment &contact : *contacts) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(WhenColumn, contact.revisions > 0 ? tr("%1 (edited)").arg(dateTimeText(contact.occurredAt))
                                                        : dateTimeText(contact.occurredAt));
        item->setText(ChannelColumn, m_context.label(contact.channelId));
        item->setText(MinutesColumn, QString::number(contact.minutes));
        item->setTextAlignment(MinutesColumn, Qt::AlignRight | Qt::AlignVCenter);
        item->setText(NoteColumn, firstLine(contact.note));
        item->setData(WhenColumn, ContactRole, contact.id);
    }
    for (int column = WhenColumn; column < NoteColumn; ++column)
        m_list->resizeColumnToContents(column);
    updateButtons();
}

void TimelineTab::updateButtons()
{
    QTreeWidgetItem *item = m_list->currentItem();
    m_edit->setEnabled(item != nullptr);
    m_revisions->setEnabled(item && item->text(WhenColumn).contains(tr("(edited)")));
}

void TimelineTab::addContact()
{
    ContactMoment contact;
    contact.caseId = m_caseId;
    auto *dialog = new ContactDialog(m_context, contact, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContactDialog::contactSaved, this, [this] {
        refresh();
        Q_EMIT caseChanged();
    });
    dialog->open();
}

void TimelineTab::editContact()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(WhenColumn, ContactRole).toLongLong();
    auto contacts = m_context.store().contacts(m_caseId);
    if (!contacts)
        return showMessage(contacts.error().message);
    for (const ContactMoment &contact : *contacts) {
        if (contact.id != id)
            continue;
        auto *dialog = new ContactDialog(m_context, contact, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &ContactDialog::contactSaved, this, [this] {
            refresh();
            Q_EMIT caseChanged();
        });
        dialog->open();
        return;
    }
}

void TimelineTab::showRevisions()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    auto revisions = m_context.store().contactRevisions(item->data(WhenColumn, ContactRole).toLongLong());
    if (!revisions)
        return showMessage(revisions.error().message);
    QStringList parts;
    for (const ContactRevision &revision : *revisions) {
        parts << tr("Replaced on %1 — contact on %2, %3, %n minute(s):", nullptr, revision.minutes)
                         .arg(dateTimeText(revision.replacedAt), dateTimeText(revision.occurredAt),
                              m_context.label(revision.channelId))
                     + u'\n' + revision.note;
    }
    // Opened without a nested event loop, like every question here.
    auto *box = new QMessageBox(
        QMessageBox::NoIcon, tr("Earlier versions"),
        tr("%n earlier version(s) of this contact moment.", nullptr, static_cast<int>(revisions->size())),
        QMessageBox::Close, this);
    box->setDetailedText(parts.join(QStringLiteral("\n\n")));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace baken::ui
