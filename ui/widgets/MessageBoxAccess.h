#pragma once

namespace baken::ui {

// Qt's message boxes described for a screen reader as Baken's own dialogs
// are: the box named by its title and described by its text, and each
// button by what it does (the standard ones in ButtonDescriptions' words, a
// button of Baken's own by its choice), unless the box describes them
// itself. Done for every box the application shows from then on,
// QMessageBox::question() and about() included; call it once the
// QApplication exists.
void describeMessageBoxes();

} // namespace baken::ui
