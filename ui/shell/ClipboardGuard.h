#pragma once

#include <QClipboard>
#include <QObject>
#include <QTimer>

#include <chrono>

namespace baken::ui {

// Whatever Baken puts on the clipboard while a vault is open (a copy from any
// field, table or text) is marked for password managers and clipboard
// histories not to keep it, and is cleared after a while, or at once when the
// vault locks. It watches the clipboard rather than every copy command, so no
// widget needs to know about it. What another application copied meanwhile
// is never touched.
class ClipboardGuard final : public QObject {
    Q_OBJECT

public:
    static constexpr std::chrono::seconds DefaultTimeout{30};
    // The KDE convention that KeePassXC and Klipper follow.
    static constexpr char HintFormat[] = "x-kde-passwordManagerHint";
    static constexpr char HintValue[] = "secret";

    explicit ClipboardGuard(QObject *parent = nullptr);

    // On while a vault is unlocked. Switching off clears what Baken copied.
    void setActive(bool active);
    bool isActive() const { return m_active; }
    // Clears the clipboard (and the X11 selection) if Baken's copy is still
    // on it.
    void clearNow();

    // Tests clear after milliseconds instead of 30 seconds; never set by the app.
    void setTimeoutForTesting(std::chrono::milliseconds timeout);

private:
    void clipboardChanged(QClipboard::Mode mode);
    bool ownedByBaken(QClipboard::Mode mode) const;
    QTimer &timerFor(QClipboard::Mode mode);

    QClipboard *m_clipboard;
    QTimer m_clipboardTimer;
    QTimer m_selectionTimer;
    bool m_active = false;
    bool m_replacing = false;
};

} // namespace baken::ui
