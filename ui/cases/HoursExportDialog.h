#pragma once

#include "base/Result.h"

#include <QDialog>

#include <memory>

namespace Ui {
class HoursExportDialog;
}

namespace baken::ui {

class CaseContext;

// "Export hours…": one client organisation's hours in one month as CSV for
// invoicing, written atomically (QSaveFile) where the advisor chooses.
class HoursExportDialog final : public QDialog {
    Q_OBJECT

public:
    explicit HoursExportDialog(CaseContext &context, QWidget *parent = nullptr);
    ~HoursExportDialog() override;

    // Writes the chosen month and client to `path`; the confirmation in words.
    Result<QString> exportTo(const QString &path);

private:
    void chooseFile();

    std::unique_ptr<::Ui::HoursExportDialog> m_ui;
    CaseContext &m_context;
};

} // namespace baken::ui
