#include "CaseFileView.h"

#include "CaseContext.h"
#include "CaseFileTabs.h"
#include "CloseCaseDialog.h"
#include "CodeChoices.h"
#include "IntakeForm.h"
#include "SubjectExtractPdf.h"
#include "doubtline/SqlConsultationStore.h"
#include "interchange/SubjectExtract.h"
#include "ui_CaseFileView.h"
#include "vault/Vault.h"
#include "widgets/FocusOrder.h"
#include "widgets/PageTitle.h"
#include "widgets/Tone.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStandardPaths>

namespace baken::ui {

CaseFileView::CaseFileView(CaseContext &context, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<::Ui::CaseFileView>())
    , m_context(context)
    , m_intake(new IntakeForm(context, IntakeForm::Mode::Registered))
    , m_timeline(new TimelineTab(context))
    , m_origin(new QLabel(this))
{
    m_ui->setupUi(this);
    setTone(m_ui->messageLabel, Tone::Problem);
    makePageTitle(m_ui->titleLabel);
    m_origin->setObjectName(QStringLiteral("originLabel"));
    m_origin->setTextFormat(Qt::PlainText);
    m_origin->setAccessibleName(tr("Origin of the case"));
    m_origin->hide();
    // The status under the title, not beside it: the header row kept the
    // window too wide for a small screen or 200% text.
    m_ui->headerRow->removeWidget(m_ui->statusLabel);
    m_ui->layout->insertWidget(1, m_ui->statusLabel);
    m_ui->layout->insertWidget(2, m_origin);
    m_ui->messageLabel->setTextFormat(Qt::PlainText);
    m_ui->messageLabel->hide();
    // The theme's colours, so the note stays readable under a high-contrast theme.
    setPanel(m_ui->retentionLabel, Panel::Note);

    m_tabs = {m_timeline, new FollowUpsTab(context), new HoursTab(context), new ReferralsTab(context),
              new HistoryTab(context)};
    m_ui->tabs->addTab(m_intake, tr("&Intake"));
    m_ui->tabs->addTab(m_timeline, tr("Ti&meline"));
    m_ui->tabs->addTab(m_tabs.at(1), tr("&Follow-ups"));
    m_ui->tabs->addTab(m_tabs.at(2), tr("Hour&s"));
    m_ui->tabs->addTab(m_tabs.at(3), tr("Referra&ls"));
    m_ui->tabs->addTab(m_tabs.at(4), tr("Histor&y"));
    for (CaseFileTab *tab : m_tabs) {
        connect(tab, &CaseFileTab::caseChanged, this, [this] {
            reloadHeader();
            Q_EMIT caseChanged(m_file.id);
        });
    }
    connect(m_intake, &IntakeForm::intakeSaved, this, [this] {
        reloadHeader();
        Q_EMIT caseChanged(m_file.id);
    });
    // The history is read when it is looked at, so it includes every change.
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == HistoryPage)
            m_tabs.at(4)->refresh();
    });

    connect(m_ui->backButton, &QPushButton::clicked, this, &CaseFileView::backRequested);
    connect(m_ui->inProgressButton, &QPushButton::clicked, this, [this] { setStatus(CaseStatus::InProgress); });
    connect(m_ui->referredButton, &QPushButton::clicked, this, [this] { setStatus(CaseStatus::Referred); });
    connect(m_ui->closeButton, &QPushButton::clicked, this, &CaseFileView::closeCase);
    connect(m_ui->reopenButton, &QPushButton::clicked, this, &CaseFileView::reopen);
    connect(m_ui->extractButton, &QPushButton::clicked, this, &CaseFileView::saveSubjectExtract);
    auto *back = new QAction(this);
    back->setShortcut(QKeySequence::Back);
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, &CaseFileView::backRequested);
    addAction(back);
    setFocusTarget(this, m_ui->tabs);
}

CaseFileView::~CaseFileView() = default;

bool CaseFileView::showCase(qint64 caseId)
{
    auto file = m_context.store().caseById(caseId);
    if (!file) {
        showMessage(file.error().message);
        return false;
    }
    m_file = *file;
    showMessage({});
    m_intake->load(m_file);
    for (CaseFileTab *tab : m_tabs)
        tab->setCase(caseId);
    reloadHeader();
    return true;
}

void CaseFileView::showTab(Tab tab)
{
    m_ui->tabs->setCurrentIndex(tab);
}

void CaseFileView::reloadHeader()
{
    if (auto file = m_context.store().caseById(m_file.id))
        m_file = *file;
    m_ui->titleLabel->setText(tr("Case %1").arg(m_file.number));
    const CaseStatus status = m_file.status;
    const bool closed = status == CaseStatus::Closed;
    m_ui->statusLabel->setText(
        tr("%1 · %2 · intake %3").arg(label(status), label(m_file.intake.type), shortDate(m_file.intake.intakeDate)));
    m_ui->inProgressButton->setEnabled(!closed && status != CaseStatus::InProgress);
    m_ui->referredButton->setEnabled(!closed && status != CaseStatus::Referred);
    m_ui->closeButton->setVisible(!closed);
    m_ui->reopenButton->setVisible(closed);
    if (closed) {
        m_ui->retentionLabel->setText(tr("Closed on %1 with outcome “%2”. The case file will be destroyed on %3.")
                                          .arg(shortDate(m_file.closedDate), m_context.label(m_file.outcomeId),
                                               shortDate(m_file.destructionDate)));
    }
    m_ui->retentionLabel->setVisible(closed);
    showOrigin();
}

void CaseFileView::showOrigin()
{
    const SqlConsultationStore consultations(m_context.vault().db());
    auto from = consultations.consultationForCase(m_file.id);
    std::optional<Consultation> consultation;
    if (from && *from) {
        if (auto c = consultations.byId(**from))
            consultation = *c;
    }
    if (consultation)
        m_origin->setText(tr("From a doubt-line consultation of %1").arg(shortDate(consultation->occurredAt.date())));
    m_origin->setVisible(consultation.has_value());
}

void CaseFileView::setStatus(CaseStatus status)
{
    if (auto changed = m_context.service().setStatus(m_file.id, status); !changed)
        return showMessage(changed.error().message);
    showMessage({});
    reloadHeader();
    Q_EMIT caseChanged(m_file.id);
}

void CaseFileView::closeCase()
{
    auto *dialog = new CloseCaseDialog(m_context, m_file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CloseCaseDialog::caseClosed, this, [this] {
        showMessage({});
        reloadHeader();
        Q_EMIT caseChanged(m_file.id);
    });
    dialog->open();
}

void CaseFileView::saveSubjectExtract()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("subject-extract-%1").arg(m_file.number) + u".pdf";
    // Not the static helper: its nested event loop would outlive a lock.
    auto *files = new QFileDialog(this, tr("Save data-subject extract"), QDir(folder).filePath(name),
                                  tr("PDF, with a JSON file beside it (*.pdf)"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("pdf"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        auto done = writeSubjectExtract(path);
        if (!done)
            return showMessage(done.error().message);
        showMessage({});
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Data-subject extract saved"), *done, QMessageBox::Ok, this);
        box->setTextFormat(Qt::PlainText);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    files->open();
}

Result<QString> CaseFileView::writeSubjectExtract(const QString &basePath)
{
    QString base = basePath;
    const QString suffix = QFileInfo(basePath).suffix().toLower();
    if (suffix == u"pdf" || suffix == u"json")
        base.chop(suffix.size() + 1);
    QSaveFile pdf(base + u".pdf");
    QSaveFile json(base + u".json");
    const auto failed = [](const QSaveFile &file) {
        return Error{
            ErrorCode::Io,
            tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(file.fileName()), file.errorString())};
    };

    auto extract = buildSubjectExtract(m_context.vault(), m_file.id);
    if (!extract)
        return extract.error();
    // Both files are committed only once both are written; an uncommitted
    // QSaveFile leaves nothing behind.
    if (!pdf.open(QIODevice::WriteOnly))
        return failed(pdf);
    if (auto written = writeSubjectExtractPdf(*extract, pdf); !written)
        return written.error();
    if (!json.open(QIODevice::WriteOnly))
        return failed(json);
    if (auto written = writeSubjectExtractJson(*extract, json); !written)
        return written.error();
    if (!pdf.commit())
        return failed(pdf);
    if (!json.commit())
        return failed(json);
    const QFileInfo pdfInfo(pdf.fileName());
    return tr("The data-subject extract of case %1 was saved in %2 as %3 and %4.\n\n"
              "Both files contain personal data. Give them only to the reporter, in a safe way, and delete your "
              "copies once they have them.")
        .arg(m_file.number, QDir::toNativeSeparators(pdfInfo.absolutePath()), pdfInfo.fileName(),
             QFileInfo(json.fileName()).fileName());
}

void CaseFileView::reopen()
{
    if (auto reopened = m_context.service().reopen(m_file.id); !reopened)
        return showMessage(reopened.error().message);
    showMessage({});
    reloadHeader();
    Q_EMIT caseChanged(m_file.id);
}

void CaseFileView::showMessage(const QString &message)
{
    m_ui->messageLabel->setText(message);
    m_ui->messageLabel->setVisible(!message.isEmpty());
}

} // namespace baken::ui
