#include "UserGuideWindow.h"

#include "widgets/ButtonDescriptions.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QImage>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QVBoxLayout>

namespace baken::ui {

namespace {

// Wider screenshots would need sideways scrolling; narrower ones stay as they are.
constexpr int MaxImageWidth = 760;

QUrl guideUrl(const QString &language)
{
    const QString file = language == QLatin1String("en") ? QStringLiteral("en.md") : QStringLiteral("nl.md");
    return QUrl(QStringLiteral("qrc:/guide/") + file);
}

} // namespace

UserGuideWindow::UserGuideWindow(const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Baken user guide"));
    setObjectName(QStringLiteral("userGuide"));
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setOpenLinks(false);
    m_browser->setSource(guideUrl(language), QTextDocument::MarkdownResource);
    nameHeadings();
    fitImages();
    connect(m_browser, &QTextBrowser::anchorClicked, this, &UserGuideWindow::followLink);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    describeStandardButtons(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(880, 760);
}

QString UserGuideWindow::anchorFor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.toLower()) {
        if (c.isLetterOrNumber() || c == u'-' || c == u'_')
            anchor += c;
        else if (c == u' ')
            anchor += u'-';
    }
    return anchor;
}

QString UserGuideWindow::tourAnchor(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("a-five-minute-tour")
                                           : QStringLiteral("rondleiding-in-vijf-minuten");
}

void UserGuideWindow::showSection(const QString &anchor)
{
    m_browser->scrollToAnchor(anchor);
}

// Qt's Markdown reader gives headings no anchors; the guide's table of
// contents links to them the way GitHub names them.
void UserGuideWindow::nameHeadings()
{
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchorFor(block.text())});
        cursor.mergeCharFormat(format);
    }
}

void UserGuideWindow::fitImages()
{
    QTextDocument *doc = m_browser->document();
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QImage picture = doc->resource(QTextDocument::ImageResource, QUrl(image.name())).value<QImage>();
            if (picture.isNull() || picture.width() <= MaxImageWidth)
                continue;
            image.setWidth(MaxImageWidth);
            image.setHeight(double(picture.height()) * MaxImageWidth / picture.width());
            QTextCursor cursor(doc);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void UserGuideWindow::followLink(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http")) {
        QDesktopServices::openUrl(url);
        return;
    }
    // Links within the guide; links to the developers' documents (cli.md)
    // are not part of the program and stay where they are.
    if (url.hasFragment() && (url.path().isEmpty() || url.path() == m_browser->source().path()))
        showSection(url.fragment());
}

} // namespace baken::ui
