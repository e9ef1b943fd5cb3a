// Qt's message boxes described for a screen reader like Baken's own dialogs
// (ui/widgets/MessageBoxAccess), by the describer the app installs; main.cpp
// installs it as the app does, and audits every box any test opens.
#include "AccessibilityAudit.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <gtest/gtest.h>

namespace baken::test {
namespace {

QString joined(const QStringList &problems)
{
    return problems.join(u'\n');
}

TEST(MessageBoxAccess, EveryButtonIsDescribedAndTheBoxReadsAsItsTitleAndText)
{
    QMessageBox box(QMessageBox::Question, u"Delete item"_qs, u"<p>Delete <b>Racism</b> from the list?</p>"_qs,
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Ok | QMessageBox::Close | QMessageBox::Discard
                        | QMessageBox::Cancel);
    QPushButton *own = box.addButton(u"&Stop the call"_qs, QMessageBox::AcceptRole);
    box.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&box));
    EXPECT_EQ(box.accessibleName(), u"Delete item");
    EXPECT_EQ(box.accessibleDescription(), u"Delete Racism from the list?");
    EXPECT_TRUE(unnamedInputs(&box).isEmpty()) << joined(unnamedInputs(&box)).toStdString();
    EXPECT_TRUE(undescribedInputs(&box).isEmpty()) << joined(undescribedInputs(&box)).toStdString();
    EXPECT_EQ(box.button(QMessageBox::Cancel)->accessibleDescription(), u"Closes this message and changes nothing.");
    EXPECT_EQ(box.button(QMessageBox::No)->accessibleDescription(), u"Answers the question with no.");
    EXPECT_EQ(own->accessibleDescription(), u"Chooses \u201cStop the call\u201d, as the message says.");
}

TEST(MessageBoxAccess, WhatABoxSaysOfItselfStays)
{
    QMessageBox box(QMessageBox::Warning, u"Doubt line"_qs, u"The call could not be saved."_qs, QMessageBox::Ok);
    box.setAccessibleDescription(u"Saving failed"_qs);
    box.button(QMessageBox::Ok)->setAccessibleDescription(u"Back to the form"_qs);
    box.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&box));
    EXPECT_EQ(box.accessibleDescription(), u"Saving failed");
    EXPECT_EQ(box.button(QMessageBox::Ok)->accessibleDescription(), u"Back to the form");
}

} // namespace
} // namespace baken::test
