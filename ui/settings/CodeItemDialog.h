#pragma once

#include "base/Result.h"

#include <QDialog>

#include <functional>
#include <memory>

namespace Ui {
class CodeItemDialog;
}

namespace baken::ui {

// The Dutch and English name of a code-list item. `submit` saves them; when
// it fails the dialog stays open with the reason, so nothing typed is lost.
class CodeItemDialog final : public QDialog {
    Q_OBJECT

public:
    using Submit = std::function<Status(const QString &labelNl, const QString &labelEn)>;

    CodeItemDialog(const QString &title, Submit submit, QWidget *parent = nullptr);
    ~CodeItemDialog() override;

    void setLabels(const QString &labelNl, const QString &labelEn);

private:
    void save();

    std::unique_ptr<::Ui::CodeItemDialog> m_ui;
    Submit m_submit;
};

} // namespace baken::ui
