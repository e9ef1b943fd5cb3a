#pragma once

#include <QColor>

#include <functional>

class QWidget;

namespace baken::ui {

// What a piece of text says besides its words: a problem (red), something
// that went well (green), a side note (grey), or nothing (the theme's own
// text colour). The colour is chosen against the background it is drawn on,
// so a red warning stays readable under a dark or high-contrast theme.
enum class Tone { Normal, Problem, Success, Quiet };

// WCAG 2 contrast ratio between two colours: 1 (same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// The colour for text of `tone` on `background`, at least 4.5:1 against it
// (WCAG AA for body text). Normal gives an invalid QColor: use the theme's.
QColor toneColor(Tone tone, const QColor &background);

// The same for a cell of an item view: against the item views' Base colour.
QColor toneColorInViews(Tone tone);

// Shows widget's text (a label's, say) in `tone`, on its own background, and
// keeps doing so when the theme changes while Baken runs. Normal gives the
// text back to the theme.
void setTone(QWidget *widget, Tone tone);
// Whether setTone was ever called for `widget` (an error line, shown or not).
bool hasTone(const QWidget *widget);

// Calls `recolour` (once, soon after) whenever the theme changes while
// `widget` lives: for views that colour their items as they fill them.
void whenThemeChanges(QWidget *widget, std::function<void()> recolour);

// A panel set apart from the window in the theme's own colours, text
// included, so that it follows a dark or high-contrast theme as a style
// sheet's fixed colours do not: a side note (the retention notes) or a
// notice (the demo vault's banner).
enum class Panel { Note, Notice };
void setPanel(QWidget *widget, Panel panel);

} // namespace baken::ui
