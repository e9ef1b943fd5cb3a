#include "RetentionDialog.h"

#include "cases/CaseTypes.h"
#include "retention/Retention.h"
#include "vault/Vault.h"
#include "widgets/BusyCursor.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

enum Column { Number, Type, ClosedOn, DestructionDate, ColumnCount };

QString shortDate(const QDate &date)
{
    return QLocale().toString(date, QLocale::ShortFormat);
}

} // namespace

QString RetentionDialog::erasedText()
{
    return tr("Erased for good: names and contact details, the pseudonym, the intake texts, contact notes and "
              "their earlier versions, referral notes and follow-ups, and the texts of a doubt-line consultation "
              "or group participant linked to the case.\n\n"
              "Kept: the case number, type, dates, unit, grounds, forms of behaviour, measures, outcome, contact "
              "minutes, referral bodies and hours, so figures of past periods stay the same.\n\n"
              "This cannot be undone; a backup made earlier still holds the case until it is rotated away.");
}

RetentionDialog::RetentionDialog(Vault &vault, QWidget *parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_ask(messageBoxAsker())
    , m_intro(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_message(new QLabel(this))
    , m_destroy(new QPushButton(tr("&Destroy selected…"), this))
{
    setObjectName(QStringLiteral("RetentionDialog"));
    setWindowTitle(tr("Retention"));
    resize(640, 420);
    m_intro->setWordWrap(true);
    m_intro->setText(tr("These closed cases are past their destruction date. Destroy them to keep the promise "
                        "made to reporters: personal data and texts are erased, the coded fields stay for the "
                        "statistics."));

    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Number"), tr("Type"), tr("Closed on"), tr("Destruction date")});
    m_list->setRootIsDecorated(false);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAllColumnsShowFocus(true);
    m_list->setAccessibleName(tr("Cases past their destruction date"));
    m_list->setAccessibleDescription(tr("Closed cases past their destruction date; select the ones to destroy."));
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_destroy->setObjectName(QStringLiteral("destroyButton"));
    m_destroy->setToolTip(
        tr("Erases the personal data and texts of the selected cases; the coded fields stay for the figures."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("&Close"));
    buttons->addButton(m_destroy, QDialogButtonBox::ActionRole);
    describeStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_destroy, &QPushButton::clicked, this, &RetentionDialog::destroySelected);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &RetentionDialog::updateButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    refresh();
    m_list->setFocus();
}

void RetentionDialog::refresh()
{
    m_list->clear();
    auto due = RetentionService(m_vault).dueCases();
    if (!due) {
        showMessage(tr("The cases could not be read: %1").arg(due.error().message), true);
        updateButtons();
        return;
    }
    for (const DueCase &c : std::as_const(*due)) {
        auto *item =
            new QTreeWidgetItem(m_list, {c.number, label(c.type), shortDate(c.closedOn), shortDate(c.destructionDate)});
        item->setData(Number, Qt::UserRole, c.id);
    }
    if (due->isEmpty())
        showMessage(tr("No case is past its destruction date."), false);
    else
        m_list->selectAll(); // the usual wish; the advisor can narrow it
    updateButtons();
}

void RetentionDialog::updateButtons()
{
    m_destroy->setEnabled(!m_list->selectedItems().isEmpty());
}

void RetentionDialog::destroySelected()
{
    QList<qint64> ids;
    QStringList numbers;
    for (const QTreeWidgetItem *item : m_list->selectedItems()) {
        ids << item->data(Number, Qt::UserRole).toLongLong();
        numbers << item->text(Number);
    }
    if (ids.isEmpty())
        return;
    Question question;
    question.icon = QMessageBox::Warning;
    question.title = tr("Destroy cases");
    question.text = tr("Destroy %n case(s): %1?", nullptr, int(ids.size())).arg(numbers.join(QStringLiteral(", ")))
                    + QStringLiteral("\n\n") + erasedText();
    question.acceptText = tr("Destroy");
    question.rejectText = tr("Cancel");
    m_ask(this, question, [this, ids](bool accepted) {
        if (accepted)
            destroyConfirmed(ids);
    });
}

void RetentionDialog::destroyConfirmed(const QList<qint64> &ids)
{
    RetentionService retention(m_vault);
    int destroyed = 0;
    Status failed;
    {
        const BusyCursor busy;
        for (qint64 id : ids) {
            failed = retention.destroy(id);
            if (!failed)
                break;
            ++destroyed;
        }
    }
    refresh();
    if (!failed)
        showMessage(
            tr("%n case(s) destroyed before this went wrong: %1", nullptr, destroyed).arg(failed.error().message),
            true);
    else
        showMessage(tr("%n case(s) destroyed. Their personal data and texts are gone.", nullptr, destroyed), false);
    if (destroyed > 0)
        Q_EMIT casesDestroyed();
}

void RetentionDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    setTone(m_message, problem ? Tone::Problem : Tone::Normal);
    m_message->setVisible(!text.isEmpty());
}

QString RetentionDialog::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

} // namespace baken::ui
