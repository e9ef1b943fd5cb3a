#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace baken::ui {

// Notices when nobody has used the keyboard or mouse anywhere in the
// application for a while. It filters every event of the application, so the
// filter only looks at the event type and never at what was typed.
class IdleWatcher final : public QObject {
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const { return m_timer.intervalAsDuration(); }
    // Only an unlocked vault needs watching.
    void setActive(bool active);
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void idleTimedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_active = false;
};

} // namespace baken::ui
