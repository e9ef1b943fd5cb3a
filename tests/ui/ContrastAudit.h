#pragma once

#include <QPalette>
#include <QStringList>

#include <vector>

class QWidget;

namespace baken::test {

// White and yellow on black, as the high-contrast themes of the desktops
// have it. Use it with the Fusion style, which follows a palette completely.
QPalette highContrastPalette();

// Every text in `window` that reads at less than 4.5:1 (WCAG AA) against
// what it is drawn on: visible labels, labels given a tone (an error line,
// shown or not), and the coloured cells of visible item views. Each line
// names the widget, its text and both colours.
QStringList lowContrastTexts(QWidget *window);

// Puts a style and palette in place for as long as this lives, as a desktop
// theme would: for the application and the classes themes colour apart.
class ThemeScope {
public:
    ThemeScope(const QString &style, const QPalette &palette);
    ~ThemeScope();
    ThemeScope(const ThemeScope &) = delete;
    ThemeScope &operator=(const ThemeScope &) = delete;

private:
    QString m_oldStyle;
    QPalette m_oldPalette;
    std::vector<QPalette> m_oldClassPalettes;
};

} // namespace baken::test
