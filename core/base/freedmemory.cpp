#include "base/freedmemory.h"

#include <QCoreApplication>
#include <QThreadPool>
#include <QTimer>

#include <atomic>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Ovh {

void trimFreedMemoryLater()
{
#if defined(__GLIBC__)
    static std::atomic<bool> pending { false };
    if (!QCoreApplication::instance() || pending.exchange(true))
        return;
    QTimer::singleShot(0, QCoreApplication::instance(), [] {
        QThreadPool::globalInstance()->start([] {
            pending = false;
            malloc_trim(0);
        });
    });
#endif
}

} // namespace Ovh
