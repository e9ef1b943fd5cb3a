#include "PrintDialogAccess.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QPrintDialog>

namespace baken::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::PrintDialogAccess)
};

struct Described {
    const char *objectName;
    const char *name; // only where Qt gives none
    const char *description;
};

const Described Inputs[] = {
    {"printers", nullptr,
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess",
                       "The printer to print on. Print to File (PDF) writes a PDF file instead, which is not "
                       "encrypted.")},
    {"properties", nullptr,
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "The chosen printer's own settings: paper, tray, quality.")},
    {"filename", nullptr,
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess",
                       "The PDF file to write. It is not encrypted: keep it as safe as a printed page.")},
    {"fileBrowser", nullptr,
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Chooses the folder and name of the PDF file.")},
    {"printAll", nullptr, QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Prints every page.")},
    {"printRange", nullptr,
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Prints only the pages from the first number to the second.")},
    {"from", QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "From page"),
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "The first page to print.")},
    {"to", QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "To page"),
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "The last page to print.")},
    {"pagesRadioButton", nullptr,
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Prints the pages listed in the box beside it.")},
    {"pagesLineEdit", QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Pages"),
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "The pages to print, for example 1-3, 5.")},
    {"printCurrentPage", nullptr, QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Prints the page shown now.")},
    {"printSelection", nullptr, QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Prints what is selected.")},
    {"pageSetCombo", QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Page set"),
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Every page, or only the odd or only the even pages.")},
    {"copies", nullptr, QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "How many copies to print.")},
    {"collate", nullptr,
     QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Prints each copy whole before the next one.")},
    {"reverse", nullptr, QT_TRANSLATE_NOOP("baken::ui::PrintDialogAccess", "Prints the last page first.")},
};

} // namespace

void describePrintDialog(QPrintDialog *dialog)
{
    for (const Described &input : Inputs) {
        const auto widgets = dialog->findChildren<QWidget *>(QLatin1String(input.objectName));
        for (QWidget *widget : widgets) {
            if (input.name && widget->accessibleName().isEmpty())
                widget->setAccessibleName(Texts::tr(input.name));
            if (widget->accessibleDescription().isEmpty())
                widget->setAccessibleDescription(Texts::tr(input.description));
        }
    }
    for (QDialogButtonBox *box : dialog->findChildren<QDialogButtonBox *>()) {
        for (QAbstractButton *button : box->buttons()) {
            if (!button->accessibleDescription().isEmpty())
                continue;
            switch (box->buttonRole(button)) {
            case QDialogButtonBox::AcceptRole:
                button->setAccessibleDescription(Texts::tr("Prints with these settings."));
                break;
            case QDialogButtonBox::RejectRole:
                button->setAccessibleDescription(Texts::tr("Closes this dialog and prints nothing."));
                break;
            default:
                button->setAccessibleDescription(Texts::tr("Shows or hides more settings: pages and copies."));
                break;
            }
        }
    }
}

} // namespace baken::ui
