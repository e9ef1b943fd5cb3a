#include "GroupContext.h"
#include "GroupTabs.h"
#include "MoveSessionDialog.h"
#include "SessionListModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace baken::ui {

SessionsTab::SessionsTab(GroupContext &context, QWidget *parent)
    : GroupTab(context, parent)
    , m_model(new SessionListModel(context, this))
    , m_view(makeTable(m_model, tr("Sessions of the group"),
                       tr("The sessions of the series, moved and cancelled ones too; select one to see its notes.")))
    , m_move(new QPushButton(tr("&Move…"), this))
    , m_cancel(new QPushButton(tr("&Cancel session…"), this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
    , m_saveNote(new QPushButton(tr("S&ave notes"), this))
{
    m_view->setObjectName(QStringLiteral("sessionsView"));
    m_note->setObjectName(QStringLiteral("sessionNoteEdit"));
    m_move->setObjectName(QStringLiteral("moveSessionButton"));
    m_cancel->setObjectName(QStringLiteral("cancelSessionButton"));
    m_restore->setObjectName(QStringLiteral("restoreSessionButton"));
    m_saveNote->setObjectName(QStringLiteral("saveNoteButton"));
    m_move->setToolTip(tr("Give the selected session another day, time or place; the series stays as it is"));
    m_cancel->setToolTip(tr("Cancel the selected session only; the rest of the series goes on"));
    m_restore->setToolTip(tr("Undo the move or cancellation of the selected session"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What the group did and agreed. No notes about one person: "
                                  "a group has no per-person notes."));
    m_note->setAccessibleName(tr("Notes of the selected session"));
    m_note->setAccessibleDescription(
        tr("What the group did and agreed in the selected session; no notes about one person."));
    m_saveNote->setAccessibleDescription(tr("Saves the notes of the selected session in the vault."));
    m_noteLabel->setText(tr("Session n&otes:"));
    m_noteLabel->setBuddy(m_note);
    m_note->setMaximumHeight(140);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_move);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_restore);
    buttons->addStretch();
    auto *noteButtons = new QHBoxLayout;
    noteButtons->addStretch();
    noteButtons->addWidget(m_saveNote);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    layout->addLayout(noteButtons);

    connect(m_move, &QPushButton::clicked, this, &SessionsTab::moveSelected);
    connect(m_cancel, &QPushButton::clicked, this, &SessionsTab::cancelSelected);
    connect(m_restore, &QPushButton::clicked, this, &SessionsTab::restoreSelected);
    connect(m_saveNote, &QPushButton::clicked, this, &SessionsTab::saveNote);
    connect(m_note, &QPlainTextEdit::textChanged, this, &SessionsTab::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        loadNote();
        updateButtons();
    });
    setFocusProxy(m_view);
    updateButtons();
}

void SessionsTab::refresh()
{
    const QDateTime selected = selectedStart();
    m_model->setGroup(m_groupId);
    if (!m_model->errorText().isEmpty())
        showMessage(m_model->errorText());
    m_view->resizeColumnsToContents();
    int row = m_model->rowOf(selected);
    if (row < 0) {
        // The next session that has not ended, else the last one.
        const QDateTime now = QDateTime::currentDateTime();
        const QList<Session> &sessions = m_model->sessions();
        row = static_cast<int>(sessions.size()) - 1;
        for (int i = 0; i < sessions.size(); ++i) {
            if (sessions.at(i).end >= now) {
                row = i;
                break;
            }
        }
    }
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
    loadNote();
    updateButtons();
}

void SessionsTab::selectSession(const QDateTime &originalStart)
{
    if (const int row = m_model->rowOf(originalStart); row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

QDateTime SessionsTab::selectedStart() const
{
    const auto session = m_model->sessionAt(selectedRow(m_view));
    return session ? session->originalStart : QDateTime();
}

void SessionsTab::loadNote()
{
    const QDateTime start = selectedStart();
    if (start == m_noteSession && m_groupId == m_noteGroup && start.isValid())
        return;
    // Choosing another session keeps what was typed for the last one.
    if (m_noteSession.isValid() && m_note->document()->isModified())
        saveNote();
    m_noteGroup = m_groupId;
    m_noteSession = start;
    QString text;
    if (start.isValid()) {
        if (auto note = m_context.store().sessionNote(m_groupId, start))
            text = *note;
        else
            showMessage(note.error().message);
    }
    const QSignalBlocker blocker(m_note);
    m_note->setPlainText(text);
    m_note->document()->setModified(false);
    m_noteLabel->setText(start.isValid()
                             ? tr("Session n&otes of %1:").arg(QLocale().toString(start.date(), QLocale::LongFormat))
                             : tr("Session n&otes:"));
}

void SessionsTab::saveNote()
{
    if (!m_noteSession.isValid())
        return;
    if (auto saved = m_context.service().setSessionNote(m_noteGroup, m_noteSession, m_note->toPlainText()); !saved)
        return showMessage(saved.error().message);
    m_note->document()->setModified(false);
    showMessage(tr("The notes are saved."), true);
    updateButtons();
}

void SessionsTab::moveSelected()
{
    const auto session = m_model->sessionAt(selectedRow(m_view));
    if (!session)
        return;
    auto *dialog = new MoveSessionDialog(*session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QDateTime original = session->originalStart;
    connect(dialog, &MoveSessionDialog::moveChosen, this,
            [this, dialog, original](const QDateTime &start, const QString &place) {
                if (auto moved = m_context.service().moveSession(m_groupId, original, start, place); !moved)
                    return dialog->showError(moved.error().message);
                dialog->done(QDialog::Accepted);
                showMessage({});
                refresh();
                Q_EMIT groupChanged();
            });
    dialog->open();
}

void SessionsTab::cancelSelected()
{
    const auto session = m_model->sessionAt(selectedRow(m_view));
    if (!session || session->cancelled)
        return;
    Question question;
    question.title = tr("Cancel session");
    question.text = tr("Cancel session %1 on %2?\n\nOnly this session is cancelled; the rest of the series goes on, "
                       "and the calendar file shows it as cancelled. You can restore it later.")
                        .arg(session->number)
                        .arg(QLocale().toString(session->start, QLocale::LongFormat));
    question.acceptText = tr("Cancel this session");
    question.rejectText = tr("Keep it");
    const QDateTime original = session->originalStart;
    m_ask(this, question, [this, original](bool accepted) {
        if (!accepted)
            return;
        if (auto cancelled = m_context.service().cancelSession(m_groupId, original); !cancelled)
            return showMessage(cancelled.error().message);
        showMessage({});
        refresh();
        Q_EMIT groupChanged();
    });
}

void SessionsTab::restoreSelected()
{
    const QDateTime original = selectedStart();
    if (!original.isValid())
        return;
    if (auto restored = m_context.service().restoreSession(m_groupId, original); !restored)
        return showMessage(restored.error().message);
    showMessage({});
    refresh();
    Q_EMIT groupChanged();
}

void SessionsTab::updateButtons()
{
    const auto session = m_model->sessionAt(selectedRow(m_view));
    m_move->setEnabled(session && !session->cancelled);
    m_cancel->setEnabled(session && !session->cancelled);
    m_restore->setEnabled(session && (session->cancelled || session->moved));
    m_note->setEnabled(session.has_value());
    m_saveNote->setEnabled(session && m_note->document()->isModified());
}

} // namespace baken::ui
