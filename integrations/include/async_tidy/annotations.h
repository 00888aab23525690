// async-tidy annotations for a project's own functions.
//
// async-blocking-call follows calls through helper functions to the blocking
// calls the catalogue knows. These macros tell it what it cannot see, or
// should not believe:
//
//   ASYNC_TIDY_BLOCKING     the function blocks, e.g. a wrapper of a
//                           synchronous client whose body is in a library
//   ASYNC_TIDY_NONBLOCKING  the function does not block, although something
//                           it calls looks blocking (it waits with a zero
//                           timeout, or hands the work to another thread)
//
// Put the macro before the declaration: ASYNC_TIDY_BLOCKING void query(...);
// A marking on any declaration of a function counts. With compilers other
// than Clang the macros expand to nothing. Copy this header into a project,
// or add integrations/include to its include path.
#ifndef ASYNC_TIDY_ANNOTATIONS_H
#define ASYNC_TIDY_ANNOTATIONS_H

#if defined(__clang__)
#define ASYNC_TIDY_BLOCKING [[clang::annotate("async::blocking")]]
#define ASYNC_TIDY_NONBLOCKING [[clang::annotate("async::nonblocking")]]
#else
#define ASYNC_TIDY_BLOCKING
#define ASYNC_TIDY_NONBLOCKING
#endif

#endif
