#include "IntakeForm.h"

#include "CaseContext.h"
#include "ui_IntakeForm.h"
#include "widgets/ColumnFlow.h"
#include "widgets/FocusOrder.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QAction>
#include <QMessageBox>
#include <QTime>
#include <QTimer>

namespace baken::ui {

IntakeForm::IntakeForm(CaseContext &context, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::IntakeForm>())
    , m_context(context)
    , m_mode(mode)
    , m_saveTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    setTone(m_ui->messageLabel, Tone::Problem);
    makePageTitle(m_ui->titleLabel);
    m_ui->savedLabel->setEnabled(false);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    fillChoices();
    new ColumnFlow(m_ui->content, m_ui->scrollArea->viewport());

    const bool draft = mode == Mode::Draft;
    m_ui->backButton->setVisible(draft);
    m_ui->titleLabel->setVisible(draft);
    m_ui->registerButton->setVisible(draft);
    m_ui->discardButton->setVisible(draft);
    m_ui->saveButton->setVisible(!draft);
    m_ui->saveButton->setEnabled(false);
    for (QWidget *w : {static_cast<QWidget *>(m_ui->callbackCheck), static_cast<QWidget *>(m_ui->callbackTitleEdit),
                       static_cast<QWidget *>(m_ui->callbackDueLabel), static_cast<QWidget *>(m_ui->callbackDueEdit)})
        w->setVisible(draft);
    if (!draft)
        m_ui->saveButton->setDefault(true);

    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(DraftSaveDelayMs);
    connect(m_saveTimer, &QTimer::timeout, this, &IntakeForm::saveDraftNow);
    connectChanges();
    connect(m_ui->callbackCheck, &QCheckBox::toggled, this, &IntakeForm::updateEnabled);
    connect(m_ui->callbackDueEdit, &QDateEdit::userDateChanged, this, [this] {
        if (!m_loading)
            m_callbackDueEdited = true;
    });
    connect(m_ui->intakeDateEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_callbackDueEdited || m_mode != Mode::Draft)
            return;
        const bool wasLoading = std::exchange(m_loading, true);
        m_ui->callbackDueEdit->setDate(CaseService::proposedCallback(date).due);
        m_loading = wasLoading;
    });
    connect(m_ui->backButton, &QPushButton::clicked, this, &IntakeForm::backRequested);
    connect(m_ui->registerButton, &QPushButton::clicked, this, &IntakeForm::registerIntake);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &IntakeForm::saveChanges);
    connect(m_ui->discardButton, &QPushButton::clicked, this, &IntakeForm::askDiscard);

    auto *back = new QAction(this);
    back->setShortcut(QKeySequence::Back);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, [this] {
        if (m_mode == Mode::Draft)
            Q_EMIT backRequested();
    });
    addAction(back);
    setFocusTarget(this, m_ui->intakeDateEdit);
}

IntakeForm::~IntakeForm() = default;

void IntakeForm::startNew()
{
    m_saveTimer->stop();
    m_caseId = 0;
    m_dirty = false;
    m_callbackDueEdited = false;
    CaseIntake fresh;
    fresh.intakeDate = QDate::currentDate();
    setIntake(fresh);
    const FollowUp callback = CaseService::proposedCallback(fresh.intakeDate);
    m_ui->callbackCheck->setChecked(true);
    m_ui->callbackTitleEdit->setText(callback.title);
    m_ui->callbackDueEdit->setDate(callback.due);
    m_ui->titleLabel->setText(tr("New intake"));
    m_ui->savedLabel->setText(tr("Saved as a draft as you type"));
    showMessage({});
    m_ui->scrollArea->ensureVisible(0, 0);
}

void IntakeForm::load(const CaseFile &file)
{
    m_saveTimer->stop();
    m_caseId = file.id;
    m_dirty = false;
    m_callbackDueEdited = false;
    setIntake(file.intake);
    if (m_mode == Mode::Draft) {
        const FollowUp callback = CaseService::proposedCallback(file.intake.intakeDate);
        m_ui->callbackCheck->setChecked(true);
        m_ui->callbackTitleEdit->setText(callback.title);
        m_ui->callbackDueEdit->setDate(callback.due);
        m_ui->titleLabel->setText(tr("Intake (draft)"));
        m_ui->savedLabel->setText(
            tr("Draft saved %1").arg(QLocale().toString(file.updatedAt.toLocalTime().time(), QLocale::ShortFormat)));
    } else {
        m_ui->saveButton->setEnabled(false);
    }
    showMessage({});
}

void IntakeForm::changed()
{
    if (m_loading)
        return;
    m_dirty = true;
    if (m_mode == Mode::Registered) {
        m_ui->saveButton->setEnabled(true);
        m_ui->savedLabel->setText(tr("Changes not saved yet"));
        return;
    }
    if (m_caseId == 0) {
        // The first keystroke makes the draft, so nothing typed is lost.
        auto created = m_context.service().createDraft(intake());
        if (!created) {
            showMessage(created.error().message);
            return;
        }
        m_caseId = *created;
        m_dirty = false;
        m_ui->savedLabel->setText(
            tr("Draft saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
        return;
    }
    m_saveTimer->start();
}

void IntakeForm::saveDraftNow()
{
    m_saveTimer->stop();
    if (m_mode != Mode::Draft || m_caseId == 0 || !m_dirty)
        return;
    if (auto saved = m_context.service().saveDraft(m_caseId, intake()); !saved) {
        showMessage(saved.error().message);
        return;
    }
    m_dirty = false;
    m_ui->savedLabel->setText(tr("Draft saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
}

void IntakeForm::flush()
{
    if (m_mode == Mode::Draft)
        saveDraftNow();
}

void IntakeForm::registerIntake()
{
    m_saveTimer->stop();
    const CaseIntake in = intake();
    if (m_caseId == 0) {
        auto created = m_context.service().createDraft(in);
        if (!created) {
            showMessage(created.error().message);
            focusOffendingField(in);
            return;
        }
        m_caseId = *created;
    } else {
        saveDraftNow();
    }
    std::optional<FollowUp> callback;
    if (m_ui->callbackCheck->isChecked()) {
        FollowUp f = CaseService::proposedCallback(in.intakeDate);
        f.title = m_ui->callbackTitleEdit->text().trimmed();
        f.due = m_ui->callbackDueEdit->date();
        callback = f;
    }
    auto registered = m_context.service().registerCase(m_caseId, in, callback);
    if (!registered) {
        // The draft stays as it is; the advisor fixes the field and tries again.
        showMessage(registered.error().message);
        focusOffendingField(in);
        return;
    }
    showMessage({});
    m_dirty = false;
    Q_EMIT caseRegistered(registered->id);
}

void IntakeForm::saveChanges()
{
    const CaseIntake in = intake();
    if (auto saved = m_context.service().updateIntake(m_caseId, in); !saved) {
        showMessage(saved.error().message);
        focusOffendingField(in);
        return;
    }
    showMessage({});
    m_dirty = false;
    m_ui->saveButton->setEnabled(false);
    m_ui->savedLabel->setText(tr("Saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT intakeSaved(m_caseId);
}

void IntakeForm::askDiscard()
{
    m_saveTimer->stop();
    if (m_caseId == 0) {
        Q_EMIT draftDiscarded();
        return;
    }
    // No nested event loop: a lock may destroy this form while it asks.
    auto *question = new QMessageBox(QMessageBox::Question, tr("Discard draft"),
                                     tr("Discard this intake? Everything typed in it is removed from the vault."),
                                     QMessageBox::Discard | QMessageBox::Cancel, this);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this](int answer) {
        if (answer != QMessageBox::Discard)
            return;
        if (auto discarded = m_context.service().discardDraft(m_caseId); !discarded) {
            showMessage(discarded.error().message);
            return;
        }
        m_caseId = 0;
        m_dirty = false;
        Q_EMIT draftDiscarded();
    });
    question->open();
}

void IntakeForm::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

} // namespace baken::ui
