#include "CEditline.h"
#include <dlfcn.h>
#include <stddef.h>

#if defined(__APPLE__)
static const char *const library_name = "libedit.3.dylib";
#else
static const char *const library_name = "libedit.so.2";
#endif

// What `dlsym` found. Written once, by `tape_editline_open` on the REPL thread, before any other
// function here is called (LineEditor's initialiser opens the library first).
static struct {
  int opened;
  char *(*readline)(const char *);
  int (*add_history)(const char *);
  void (*stifle_history)(int);
  char **(*completion_matches)(const char *, tape_candidate_generator *);
  tape_completion_function **attempted_completion_function;
  int *completion_append_character;
  int *attempted_completion_over;
  const char **readline_name;
  char **line_buffer;
  int *point;
  const char **basic_word_break_characters;
} editline;

const char *tape_editline_library_name(void) { return library_name; }

const char *tape_editline_open(void) {
  if (editline.opened) return NULL;
  void *library = dlopen(library_name, RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) return dlerror();
#define FIND(field, symbol)                                   \
  *(void **)(&editline.field) = dlsym(library, symbol);       \
  if (editline.field == NULL) return "a function or variable of libedit is missing (" symbol ")";
  FIND(readline, "readline")
  FIND(add_history, "add_history")
  FIND(stifle_history, "stifle_history")
  FIND(completion_matches, "rl_completion_matches")
  FIND(attempted_completion_function, "rl_attempted_completion_function")
  FIND(completion_append_character, "rl_completion_append_character")
  FIND(attempted_completion_over, "rl_attempted_completion_over")
  FIND(readline_name, "rl_readline_name")
  FIND(line_buffer, "rl_line_buffer")
  FIND(point, "rl_point")
  FIND(basic_word_break_characters, "rl_basic_word_break_characters")
#undef FIND
  editline.opened = 1;
  return NULL;
}

char *tape_readline(const char *prompt) { return editline.readline(prompt); }
void tape_add_history(const char *line) { editline.add_history(line); }
void tape_stifle_history(int maximum) { editline.stifle_history(maximum); }

char **tape_completion_matches(const char *text, tape_candidate_generator *generator) {
  return editline.completion_matches(text, generator);
}

void tape_set_completion(tape_completion_function *function) { *editline.attempted_completion_function = function; }
void tape_set_completion_append_character(int character) { *editline.completion_append_character = character; }
void tape_set_attempted_completion_over(int over) { *editline.attempted_completion_over = over; }
void tape_set_readline_name(const char *name) { *editline.readline_name = name; }
const char *tape_line_buffer(void) { return *editline.line_buffer; }
int tape_point(void) { return *editline.point; }

void tape_use_tape_word_breaks(void) {
  *editline.basic_word_break_characters = " \t\n\"'`@><=;|&{([,+-*/^:.%";
}
