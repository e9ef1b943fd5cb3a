#include "CodeItemDialog.h"

#include "ui_CodeItemDialog.h"
#include "widgets/ButtonDescriptions.h"
#include "widgets/Tone.h"

namespace baken::ui {

CodeItemDialog::CodeItemDialog(const QString &title, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<::Ui::CodeItemDialog>())
    , m_submit(std::move(submit))
{
    m_ui->setupUi(this);
    setTone(m_ui->errorLabel, Tone::Problem);
    setWindowTitle(title);
    m_ui->errorLabel->hide();
    describeStandardButtons(m_ui->buttons);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &CodeItemDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &CodeItemDialog::reject);
}

CodeItemDialog::~CodeItemDialog() = default;

void CodeItemDialog::setLabels(const QString &labelNl, const QString &labelEn)
{
    m_ui->dutchEdit->setText(labelNl);
    m_ui->englishEdit->setText(labelEn);
}

void CodeItemDialog::save()
{
    const Status saved = m_submit(m_ui->dutchEdit->text(), m_ui->englishEdit->text());
    if (!saved) {
        m_ui->errorLabel->setText(saved.error().message);
        m_ui->errorLabel->show();
        return;
    }
    accept();
}

} // namespace baken::ui
