#pragma once

class QDialogButtonBox;
class QWizard;

namespace baken::ui {

// Describes the standard buttons of a dialog (OK, Save, Cancel, Close) or a
// wizard (Back, Next, Finish, Cancel) for a screen reader, in the words that
// fit every dialog. Only as an accessible description: a sighted user needs
// no tool tip to know what Cancel does. A button the dialog has described
// itself (its OK renamed to "Close case") keeps its own description, so call
// these after that.
void describeStandardButtons(QDialogButtonBox *box);
void describeWizardButtons(QWizard *wizard);

} // namespace baken::ui
