#pragma once

#include "summary/Summary.h"

#include <QString>

namespace baken::ui {

// The texts that the Reports screen, its charts and the PDF share. They take
// the language of the summary's reader ("nl" or "en"), not the UI language:
// a report is printed in the language it is handed on in.

// A figure as it leaves the vault: the number, or "x" for any figure that is
// not published, small or hidden to protect a small one alike.
QString figureText(const summary::Figure &figure, const QString &language);
// hiddenExplanation() for a hidden figure; empty for a published one.
QString suppressionReason(const summary::Figure &figure, int k, const QString &language);
// What "x" means, the same for every hidden figure: "Not published: from 1
// to k-1, or left out so that such a figure cannot be worked out."
QString hiddenExplanation(int k, const QString &language);
// "Total", in the reader's language.
QString totalLabel(const QString &language);
// "3 figures suppressed"; empty for none.
QString suppressedNote(int count, const QString &language);
// One line with the rules the summary was made under: the smallest number
// shown, the units merged into "other units", the period.
QString rulesLine(const summary::Summary &published, const QString &language);
// The figures of the table's cells that are not published.
int suppressedCells(const summary::Table &table);

} // namespace baken::ui
