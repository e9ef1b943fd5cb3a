#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace baken {
class RecoveryKey;
}

namespace baken::ui {

// Asks for a printer (or "Print to file" for a PDF) and prints the recovery
// key with what a reader needs to use it years later. Nothing is written
// anywhere unless the user chooses a printer or a file.
class RecoveryKeyPrinter final {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::RecoveryKeyPrinter)

public:
    static void print(const RecoveryKey &key, const QString &vaultName, QWidget *parent);
};

} // namespace baken::ui
