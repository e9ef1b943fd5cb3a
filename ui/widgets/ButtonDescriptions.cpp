#include "ButtonDescriptions.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QWizard>

namespace baken::ui {

namespace {

struct Texts {
    Q_DECLARE_TR_FUNCTIONS(baken::ui::ButtonDescriptions)
};

void describe(QAbstractButton *button, const QString &description)
{
    if (button && button->accessibleDescription().isEmpty() && button->toolTip().isEmpty())
        button->setAccessibleDescription(description);
}

} // namespace

void describeStandardButtons(QDialogButtonBox *box)
{
    describe(box->button(QDialogButtonBox::Ok), Texts::tr("Accepts what you entered and closes this dialog."));
    describe(box->button(QDialogButtonBox::Save), Texts::tr("Saves what you entered and closes this dialog."));
    describe(box->button(QDialogButtonBox::Cancel), Texts::tr("Closes this dialog and changes nothing."));
    describe(box->button(QDialogButtonBox::Close), Texts::tr("Closes this window."));
}

void describeWizardButtons(QWizard *wizard)
{
    describe(wizard->button(QWizard::BackButton), Texts::tr("Goes back to the previous step."));
    describe(wizard->button(QWizard::NextButton), Texts::tr("Goes on to the next step."));
    describe(wizard->button(QWizard::FinishButton), Texts::tr("Completes the last step and closes this window."));
    describe(wizard->button(QWizard::CancelButton), Texts::tr("Closes this window without finishing these steps."));
}

} // namespace baken::ui
