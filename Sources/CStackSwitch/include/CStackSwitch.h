// Runs a function on a stack the caller provides, on the calling thread (getcontext, makecontext,
// swapcontext). Swift cannot call makecontext, which takes variadic arguments. `LargeStack` uses
// this to give the main thread a 512 MB stack without starting a second thread, which was a
// twentieth of `echo 1+1 | tape` on an idle machine and milliseconds on a loaded one
// (docs/performance.md).
#ifndef TAPE_CSTACKSWITCH_H
#define TAPE_CSTACKSWITCH_H

#include <stddef.h>

/// Calls `body(context)` with the stack pointer in the `size` bytes at `stack`, and returns when
/// it returns: 0, or -1 when the switch could not be made (then `body` has not run).
int tape_run_on_stack(void *stack, size_t size, void (*body)(void *), void *context);

#endif
