// libedit's readline-compatible API, opened on demand. Tape needs libedit only when the REPL
// reads a terminal; linking it made every start load it and the three libraries it needs
// (+0.26 ms for `echo 1+1 | tape`, docs/performance.md), so `tape_editline_open` loads it with
// `dlopen` the first time a line editor is made, and these functions call through what it found.
// Swift 6 treats libedit's mutable C globals as shared mutable state; setters are the clean way.
#ifndef TAPE_CEDITLINE_H
#define TAPE_CEDITLINE_H

typedef char **tape_completion_function(const char *text, int start, int end);
typedef char *tape_candidate_generator(const char *text, int state);

/// Opens libedit once. Returns NULL when it is ready, or the loader's reason when it is not.
const char *tape_editline_open(void);
/// The file name `tape_editline_open` asks the loader for.
const char *tape_editline_library_name(void);

char *tape_readline(const char *prompt);
void tape_add_history(const char *line);
void tape_stifle_history(int maximum);
char **tape_completion_matches(const char *text, tape_candidate_generator *generator);

void tape_set_completion(tape_completion_function *function);
void tape_set_completion_append_character(int character);
void tape_set_attempted_completion_over(int over);
void tape_set_readline_name(const char *name);
const char *tape_line_buffer(void);
int tape_point(void);
/// `.` and `:` break words too, so `nvda.cl<Tab>` completes the field and `:he<Tab>` the command.
void tape_use_tape_word_breaks(void);

#endif
