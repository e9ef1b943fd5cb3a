#pragma once

#include <QDialog>

class QTextBrowser;

namespace baken::ui {

// The user guide (docs/guide/<language>.md, built into the program with its
// screenshots), in a window of its own that can stay open beside the work.
class UserGuideWindow : public QDialog
{
    Q_OBJECT

public:
    // `language` is "nl" or "en"; any other falls back to Dutch.
    explicit UserGuideWindow(const QString &language, QWidget *parent = nullptr);

    // Scrolls to a section by its heading's anchor, as in the guide's own
    // table of contents ("rondleiding-in-vijf-minuten").
    void showSection(const QString &anchor);

    // The anchor a heading gets: GitHub's rule, so the same links work on
    // the web and here (lower case, punctuation dropped, spaces to hyphens).
    static QString anchorFor(const QString &heading);
    // The five-minute tour's section in that language's guide.
    static QString tourAnchor(const QString &language);

    QTextBrowser *browser() const { return m_browser; }

private:
    void nameHeadings();
    void fitImages();
    void followLink(const QUrl &url);

    QTextBrowser *m_browser;
};

} // namespace baken::ui
