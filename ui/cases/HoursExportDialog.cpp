#include "HoursExportDialog.h"

#include "CaseContext.h"
#include "CodeChoices.h"
#include "cases/HoursExport.h"
#include "ui_HoursExportDialog.h"
#include "vault/Vault.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>

namespace baken::ui {

HoursExportDialog::HoursExportDialog(CaseContext &context, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::HoursExportDialog>())
    , m_context(context)
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    setWindowTitle(tr("Export hours"));
    m_ui->errorLabel->hide();
    m_ui->errorLabel->setTextFormat(Qt::PlainText);
    m_ui->buttons->button(QDialogButtonBox::Save)->setText(tr("&Save as…"));
    m_ui->buttons->button(QDialogButtonBox::Save)
        ->setAccessibleDescription(tr("Lets you choose a file and saves the hours in it as CSV."));
    describeStandardButtons(m_ui->buttons);
    const QDate today = QDate::currentDate();
    // Invoices are usually made for the month that just ended.
    m_ui->monthEdit->setMaximumDate(today);
    m_ui->monthEdit->setDate(QDate(today.year(), today.month(), 1).addMonths(-1));
    fillCodeCombo(m_ui->clientCombo, context.items(CodeList::Clients), QString());
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &HoursExportDialog::chooseFile);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &HoursExportDialog::reject);
}

HoursExportDialog::~HoursExportDialog() = default;

void HoursExportDialog::chooseFile()
{
    if (m_ui->clientCombo->count() == 0 || currentCode(m_ui->clientCombo) <= 0) {
        m_ui->errorLabel->setText(tr("Add a client organisation in Settings first."));
        m_ui->errorLabel->show();
        return;
    }
    const QDate month = m_ui->monthEdit->date();
    const QString name = tr("hours-%1-%2.csv")
                             .arg(month.toString(QStringLiteral("yyyy-MM")),
                                  m_ui->clientCombo->currentText().simplified().replace(u' ', u'-'));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    // Not the static helper: its nested event loop would outlive a lock.
    auto *files = new QFileDialog(this, tr("Save hours"), QDir(folder).filePath(name), tr("CSV files (*.csv)"));
    files->setAcceptMode(QFileDialog::AcceptSave);
    files->setDefaultSuffix(QStringLiteral("csv"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    connect(files, &QFileDialog::fileSelected, this, [this](const QString &path) {
        auto done = exportTo(path);
        if (!done) {
            m_ui->errorLabel->setText(done.error().message);
            m_ui->errorLabel->show();
            return;
        }
        auto *box =
            new QMessageBox(QMessageBox::Information, tr("Hours exported"), *done, QMessageBox::Ok, parentWidget());
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        accept();
    });
    files->open();
}

Result<QString> HoursExportDialog::exportTo(const QString &path)
{
    const QDate month = m_ui->monthEdit->date();
    const qint64 clientId = currentCode(m_ui->clientCombo);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{ErrorCode::Io, tr("The file could not be written: %1").arg(file.errorString())};
    if (auto written = writeMonthlyHoursCsv(m_context.vault().db(), month.year(), month.month(), clientId, file);
        !written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return Error{ErrorCode::Io, tr("The file could not be written: %1").arg(file.errorString())};
    return tr("Saved %1. It holds the hours of %2 in %3, per case number: no names, no case text and no dates "
              "finer than the month. Send it only to whoever invoices this client.")
        .arg(QFileInfo(path).fileName(), m_ui->clientCombo->currentText(),
             QLocale().toString(month, QStringLiteral("MMMM yyyy")));
}

} // namespace baken::ui
