// Qt's print dialog, as the recovery key is printed: through the
// accessibility audit with its options shown and hidden
// (ui/widgets/PrintDialogAccess).
#include "AccessibilityAudit.h"

#include "widgets/PrintDialogAccess.h"

#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

TEST(PrintDialogAccess, ThePrintDialogPassesTheAuditWithItsOptionsHiddenAndShown)
{
    QPrinter printer;
    QPrintDialog dialog(&printer);
    ui::describePrintDialog(&dialog);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    expectAccessible(&dialog, u"print dialog"_qs);

    QPushButton *options = nullptr;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        if (button->text().contains(u"Options"))
            options = button;
    ASSERT_NE(options, nullptr);
    options->click();
    auto *from = dialog.findChild<QSpinBox *>(u"from"_qs);
    ASSERT_TRUE(from && from->isVisible()) << "the page range is shown";
    EXPECT_EQ(from->accessibleName(), u"From page");
    expectAccessible(&dialog, u"print dialog with its options"_qs);
}

} // namespace
} // namespace baken::test
