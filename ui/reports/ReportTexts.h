#pragma once

#include "summary/Summary.h"

#include <QString>

namespace baken::ui {

// The texts that the Reports screen, its charts and the PDF share. They take
// the language of the summary's reader ("nl" or "en"), not the UI language:
// a report is printed in the language it is handed on in.

// A figure as it leaves the vault: the number, "<k" for a small figure,
// "x" for one hidden so that a small one cannot be worked out.
QString figureText(const summary::Figure &figure, int k, const QString &language);
// Why a figure is not shown, in a sentence; empty for a published figure.
QString suppressionReason(const summary::Figure &figure, int k, const QString &language);
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
