#include "ClipboardGuard.h"

#include <QGuiApplication>
#include <QMimeData>

namespace baken::ui {

namespace {

// Platforms without other applications (offscreen, minimal) report that no
// one owns the clipboard; there, everything on it came from this process.
bool platformReportsOwnership()
{
    const QString platform = QGuiApplication::platformName();
    return platform != u"offscreen" && platform != u"minimal";
}

} // namespace

ClipboardGuard::ClipboardGuard(QObject *parent) : QObject(parent), m_clipboard(QGuiApplication::clipboard())
{
    for (QTimer *timer : {&m_clipboardTimer, &m_selectionTimer}) {
        timer->setSingleShot(true);
        timer->setInterval(DefaultTimeout);
    }
    connect(&m_clipboardTimer, &QTimer::timeout, this, [this] {
        if (ownedByBaken(QClipboard::Clipboard))
            m_clipboard->clear(QClipboard::Clipboard);
    });
    connect(&m_selectionTimer, &QTimer::timeout, this, [this] {
        if (ownedByBaken(QClipboard::Selection))
            m_clipboard->clear(QClipboard::Selection);
    });
    connect(m_clipboard, &QClipboard::changed, this, &ClipboardGuard::clipboardChanged);
}

void ClipboardGuard::setActive(bool active)
{
    if (m_active && !active)
        clearNow();
    m_active = active;
}

void ClipboardGuard::clearNow()
{
    m_clipboardTimer.stop();
    m_selectionTimer.stop();
    if (ownedByBaken(QClipboard::Clipboard))
        m_clipboard->clear(QClipboard::Clipboard);
    if (m_clipboard->supportsSelection() && ownedByBaken(QClipboard::Selection))
        m_clipboard->clear(QClipboard::Selection);
}

void ClipboardGuard::setTimeoutForTesting(std::chrono::milliseconds timeout)
{
    m_clipboardTimer.setInterval(timeout);
    m_selectionTimer.setInterval(timeout);
}

QTimer &ClipboardGuard::timerFor(QClipboard::Mode mode)
{
    return mode == QClipboard::Selection ? m_selectionTimer : m_clipboardTimer;
}

bool ClipboardGuard::ownedByBaken(QClipboard::Mode mode) const
{
    if (!platformReportsOwnership())
        return m_clipboard->mimeData(mode) && !m_clipboard->mimeData(mode)->formats().isEmpty();
    return mode == QClipboard::Selection ? m_clipboard->ownsSelection() : m_clipboard->ownsClipboard();
}

void ClipboardGuard::clipboardChanged(QClipboard::Mode mode)
{
    if (mode == QClipboard::FindBuffer || m_replacing)
        return;
    QTimer &timer = timerFor(mode);
    // Someone else's copy (or our own clearing): nothing of ours to clear.
    if (!m_active || !ownedByBaken(mode)) {
        timer.stop();
        return;
    }
    const QMimeData *current = m_clipboard->mimeData(mode);
    if (current->data(QLatin1String(HintFormat)) != HintValue) {
        // Offered again with the hint, in the same turn of the event loop,
        // before a clipboard history could ask for it. Platforms announce
        // the formats when data is set, so adding to `current` is not enough.
        auto *marked = new QMimeData;
        for (const QString &format : current->formats())
            marked->setData(format, current->data(format));
        marked->setData(QLatin1String(HintFormat), QByteArray(HintValue));
        m_replacing = true;
        m_clipboard->setMimeData(marked, mode);
        m_replacing = false;
    }
    timer.start();
}

} // namespace baken::ui
