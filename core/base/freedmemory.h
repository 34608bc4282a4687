#pragma once

namespace Ovh {

// Hands the pages of freed heap memory back to the system, on the thread pool, once this
// thread's event loop has run (the copies of a large answer all die in the turn that replaces
// it). glibc keeps freed small blocks in its arenas for reuse, so the ~200 MB of a 30 MB
// answer's parsed values would stay resident for good, and a second answer parsed on another
// pool thread would add as much again. Several calls before it runs make one trim. Call it from
// a thread with an event loop (the GUI thread). No-op where
// the C library has no malloc_trim.
void trimFreedMemoryLater();

} // namespace Ovh
