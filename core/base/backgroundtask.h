#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

namespace Ovh {

// Runs `work` on `pool` (the global thread pool by default) and hands its result to `done` on
// `context`'s thread, from that thread's event loop. If `context` is deleted first, `done` never
// runs (the watcher is its child); the work itself runs to its end, on values it owns (capture
// by value). For jobs that would stall an event loop: parsing or formatting a large answer.
template<class Result>
void runInBackground(QObject* context, std::function<Result()> work,
    std::function<void(Result)> done, QThreadPool* pool = QThreadPool::globalInstance())
{
    auto promise = std::make_shared<QPromise<Result>>();
    auto* watcher = new QFutureWatcher<Result>(context);
    QObject::connect(
        watcher, &QFutureWatcherBase::finished, context, [watcher, done = std::move(done)] {
            watcher->deleteLater();
            if (watcher->future().resultCount() > 0)
                done(watcher->future().takeResult());
        });
    watcher->setFuture(promise->future());
    pool->start([promise, work = std::move(work)] {
        promise->start();
        promise->addResult(work());
        promise->finish();
    });
}

} // namespace Ovh
