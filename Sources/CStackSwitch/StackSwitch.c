#include "CStackSwitch.h"

#if defined(__APPLE__)

// Darwin's ucontext functions are deprecated: `LargeStack` starts a thread there instead.
int tape_run_on_stack(void *stack, size_t size, void (*body)(void *), void *context) {
  (void)stack, (void)size, (void)body, (void)context;
  return -1;
}

#else

#include <stdint.h>
#include <ucontext.h>

// What the new context runs, and the context to return to when it is done.
struct tape_stack_call {
  void (*body)(void *);
  void *context;
  ucontext_t caller;
};

// makecontext passes only `int` arguments: the call's address arrives in two halves.
static void tape_stack_entry(unsigned int high, unsigned int low) {
  struct tape_stack_call *call = (struct tape_stack_call *)(((uintptr_t)high << 32) | (uintptr_t)low);
  call->body(call->context);
  // Returning resumes `uc_link`, the caller's context saved by swapcontext.
}

int tape_run_on_stack(void *stack, size_t size, void (*body)(void *), void *context) {
  struct tape_stack_call call = {body, context};
  ucontext_t callee;
  if (getcontext(&callee) != 0) return -1;
  callee.uc_stack.ss_sp = stack;
  callee.uc_stack.ss_size = size;
  callee.uc_link = &call.caller;
  uintptr_t address = (uintptr_t)&call;
  makecontext(&callee, (void (*)(void))tape_stack_entry, 2, (unsigned int)(address >> 32), (unsigned int)(address & 0xffffffffu));
  if (swapcontext(&call.caller, &callee) != 0) return -1;
  return 0;
}

#endif
