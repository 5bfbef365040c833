// libedit's readline-compatible API, plus small setters: Swift 6 treats libedit's mutable C
// globals as shared mutable state, and a function call is the clean way to set them.
#include <stdio.h>
#include <editline/readline.h>
#include <histedit.h>

static inline void tape_set_completion(rl_completion_func_t *function) {
  rl_attempted_completion_function = function;
}

static inline void tape_set_completion_append_character(int character) {
  rl_completion_append_character = character;
}

static inline void tape_set_attempted_completion_over(int over) {
  rl_attempted_completion_over = over;
}

static inline void tape_set_readline_name(const char *name) {
  rl_readline_name = name;
}

static inline const char *tape_line_buffer(void) {
  return rl_line_buffer;
}

static inline int tape_point(void) {
  return rl_point;
}

// `.` and `:` break words too, so `nvda.cl<Tab>` completes the field and `:he<Tab>` the command.
static inline void tape_use_tape_word_breaks(void) {
  rl_basic_word_break_characters = " \t\n\"'`@><=;|&{([,+-*/^:.%";
}
