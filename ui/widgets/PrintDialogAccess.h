#pragma once

class QPrintDialog;

namespace baken::ui {

// Qt's print dialog named and described for a screen reader like Baken's
// own dialogs: Qt leaves the page range's boxes, the page list and the page
// set without a name and no input with a description. Found by the object
// names Qt's print dialog gives its widgets (qprintdialog_unix.cpp and its
// .ui files, unchanged since Qt 5); one it does not know keeps what Qt gave
// it. Call before the dialog is shown.
void describePrintDialog(QPrintDialog *dialog);

} // namespace baken::ui
