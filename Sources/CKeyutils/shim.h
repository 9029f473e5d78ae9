#ifndef JOURNAL_CKEYUTILS_H
#define JOURNAL_CKEYUTILS_H

/* The kernel's key retention service (keyrings(7)) through libkeyutils, and the process
 * setting that keeps a key held in memory out of core dumps and away from debuggers. */

#include <keyutils.h>
#include <sys/prctl.h>

/* prctl(PR_SET_DUMPABLE, …) is variadic, which Swift cannot call. 0 on success, else -1 and
 * errno. */
static inline int journal_set_dumpable(int isDumpable) {
    return prctl(PR_SET_DUMPABLE, isDumpable ? 1 : 0, 0, 0, 0);
}

#endif
