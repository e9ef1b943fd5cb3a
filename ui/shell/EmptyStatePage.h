#pragma once

#include <QWidget>

class QIcon;

namespace baken::ui {

// An honest placeholder for a part of Baken that is still being built: what
// will be here, and nothing that pretends to work.
class EmptyStatePage final : public QWidget {
    Q_OBJECT

public:
    EmptyStatePage(const QIcon &icon, const QString &title, const QString &text, QWidget *parent = nullptr);
};

} // namespace baken::ui
