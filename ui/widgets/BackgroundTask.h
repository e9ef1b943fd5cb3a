#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>
#include <utility>

namespace baken::ui {

// Runs `work` on Qt's thread pool and hands its result to `done` on the GUI
// thread, unless `context` is gone by then. Argon2id costs about half a second
// and 256 MiB per key, which must never freeze the window.
template<typename Work, typename Done>
void runInBackground(QObject *context, Work work, Done done)
{
    using R = std::invoke_result_t<Work &>;
    // The result travels in a shared_ptr: Result<std::unique_ptr<Vault>> cannot
    // be copied, and QFuture wants to copy what it hands out.
    using Box = std::shared_ptr<R>;
    auto *watcher = new QFutureWatcher<Box>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context, [watcher, done]() mutable {
        Box box = watcher->result();
        watcher->deleteLater();
        done(std::move(*box));
    });
    watcher->setFuture(QtConcurrent::run([work = std::move(work)]() mutable { return std::make_shared<R>(work()); }));
}

} // namespace baken::ui
