//===- ExitStatus.h - the driver's documented exit statuses ---------------===//
// Documented in docs/driver.md; tests match each of them.
#ifndef ASYNC_TIDY_DRIVER_EXITSTATUS_H
#define ASYNC_TIDY_DRIVER_EXITSTATUS_H

namespace async_tidy {

enum ExitStatus : int {
  ExitClean = 0,       // analysed everything, no findings
  ExitFindings = 1,    // at least one finding
  ExitUsage = 2,       // bad option, invalid catalogue, unreadable compile database, missing file
  ExitNotAnalysed = 3, // some file could not be analysed (e.g. compile errors); others reported
};

} // namespace async_tidy

#endif
