// Mock of seastar/core/rwlock.hh (scylladb/seastar 25.05; not in Debian). The
// mock declares rwlock, rwlock_for_read and rwlock_for_write next to the
// semaphore it is built on.
#pragma once
#include "semaphore.hh"
