#include "RecoveryKeyPrinter.h"

#include "crypto/RecoveryKey.h"
#include "widgets/PrintDialogAccess.h"

#include <QDate>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>

namespace baken::ui {

void RecoveryKeyPrinter::print(const RecoveryKey &key, const QString &vaultName, QWidget *parent)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(tr("Baken recovery key"));
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(tr("Print the recovery key"));
    describePrintDialog(&dialog);
    if (dialog.exec() != QDialog::Accepted)
        return;

    const QStringList groups = key.groups();
    QString rows;
    for (qsizetype i = 0; i < groups.size(); i += 7)
        rows += u"<p style=\"font-family: monospace; font-size: 20pt; font-weight: bold;\">"
                + groups.mid(i, 7).join(u"&nbsp;&nbsp;") + u"</p>";

    const QString html =
        u"<h1>" + tr("Baken recovery key").toHtmlEscaped() + u"</h1>" + u"<p>"
        + tr("Vault: %1").arg(vaultName).toHtmlEscaped() + u"<br/>"
        + tr("Printed on %1").arg(QLocale().toString(QDate::currentDate(), QLocale::LongFormat)).toHtmlEscaped()
        + u"</p>" + rows + u"<p>"
        + tr("This key opens the backups of the vault if the passphrase is forgotten. "
             "Keep this page somewhere safe and locked, away from the computer. "
             "Anyone who has this key and a backup can read the cases in it.")
              .toHtmlEscaped()
        + u"</p>";
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}

} // namespace baken::ui
