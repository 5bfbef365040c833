/// Help for the REPL's own commands, typed at the `tape>` prompt. They are not Tape expressions,
/// so they carry no examples; this is the description the REPL implements.
enum CommandHelp {
  static let entries: [HelpEntry] = [
    HelpEntry(
      name: ":help", kind: .command, aliases: [":h", "help"],
      summary: "Show help: a short tour, or the entry for a topic.",
      signature: ":help [TOPIC]   (or help [TOPIC])",
      explanation: """
        Alone, `help` prints a short tour of Tape and the list of topics. With a topic it explains \
        a function (`help round`), a unit (`help shares`, `help USD`), a concept (`help percent`) \
        or a command (`help :vars`). For an unknown topic it suggests close names and lists the \
        topics that mention the word, so `help WORD` also works as a search.
        """,
      seeAlso: [":vars", ":units"]),
    HelpEntry(
      name: ":vars", kind: .command,
      summary: "List the names bound in this session, with their values.",
      signature: ":vars",
      explanation: """
        Lists every variable and function defined in this session, in the order they were first \
        bound, with its current value.
        """,
      seeAlso: ["names", "ans"]),
    HelpEntry(
      name: ":units", kind: .command,
      summary: "List the units this session knows, built in and declared.",
      signature: ":units",
      explanation: """
        Lists every unit the session knows: the built-in ones (shares, durations, currencies) and \
        those declared with `unit`, with what each is defined as.
        """,
      seeAlso: ["units", "money"]),
    HelpEntry(
      name: ":history", kind: .command,
      summary: "List the entries of your history.",
      signature: ":history",
      explanation: "Lists the entries you have typed, oldest first, so you can find one to type again.",
      seeAlso: [":vars"]),
    HelpEntry(
      name: ":clear", kind: .command,
      summary: "Clear the screen; names, units and history are kept.",
      signature: ":clear",
      explanation: "Clears the terminal screen. The session is unchanged: names, units and history stay.",
      seeAlso: [":vars"]),
    HelpEntry(
      name: ":quit", kind: .command, aliases: [":q", ":exit", "quit", "exit"],
      summary: "Leave Tape.",
      signature: ":quit   (or :q, :exit, quit, exit)",
      explanation: "Ends the session. Ctrl-D on an empty line does the same.",
      seeAlso: [":vars"]),
    HelpEntry(
      name: ":save", kind: .command,
      summary: "Save the session so far as a notebook (`.session` file).",
      signature: ":save FILE",
      explanation: """
        Writes every input of the session, in order, with its output, and each `# ...` comment \
        as a line of prose. The outputs are recomputed in a fresh session so that errors name \
        the notebook's own lines, and `tape check FILE` passes on the saved file. The write is \
        atomic: a failure leaves any existing file as it was. The format is in \
        docs/session-format.md.
        """,
      seeAlso: [":load"]),
    HelpEntry(
      name: ":load", kind: .command,
      summary: "Run a notebook's inputs in this session, or load a library of definitions (`.tape`).",
      signature: ":load FILE",
      explanation: """
        Reads a `.session` file and runs each input in the current session, so its names and \
        functions are yours afterwards. Loading only evaluates Tape expressions: no shell, no \
        file writes, no network. A malformed file is reported with its line and nothing runs.

        A `.tape` file is a library: Tape definitions, like the standard library's. Each \
        statement runs in the session; an error names the file's line and the rest still \
        loads. A function with a `##` doc comment above it gets a `help` entry (docs/stdlib.md \
        shows the form). `tape --lib FILE.tape` loads one before the session starts, for \
        `-e` and pipes too. `:save` writes the library's text into the notebook, so it replays \
        without the file.
        """,
      seeAlso: [":save"]),
    HelpEntry(
      name: ":set", kind: .command,
      summary: "Show or change a display setting: digits, money decimals, separators, colour, chart style.",
      signature: ":set   :set NAME   :set NAME VALUE",
      explanation: """
        `:set` alone lists the settings with their values; `:set digits 4` changes one for the \
        rest of the session. The settings are `digits` (significant digits of a plain number, \
        1 to 15, default 6), `money_decimals` (`auto`, the currency's own, or 0 to 6), \
        `decimal_separator` (`.` or `,`), `thousands_separator` (`,`, `.`, `space`, `'` or \
        `none`), `colour` (`auto`, `on`, `off`) and `chart_style` (`unicode` or `ascii`). A name \
        or value Tape does not know is an error naming the valid ones. Only the digits shown \
        change, never a value, and input is read the same whatever the separators.

        `~/.config/tape/config.toml` (under `$XDG_CONFIG_HOME`) keeps settings between \
        sessions, one `name = value` a line (`digits = 8`, `decimal_separator = ","`); \
        `init.tape` beside it is loaded at start as a `--lib` file. `tape --no-config` ignores \
        both. A notebook never reads them: it replays with the defaults plus its own `:set` \
        lines, which `:save` records, so `tape check` gives the same answer on every machine.
        """,
      seeAlso: ["display", ":copy"]),
    HelpEntry(
      name: ":copy", kind: .command,
      summary: "Put the last result's plain value on the clipboard, for a spreadsheet.",
      signature: ":copy",
      explanation: """
        Copies the last result without decoration: every digit Tape keeps, no currency symbol, \
        no digit groups, `.` for decimals (`44.0223048327138`, `1.5%`). The terminal puts it on \
        the clipboard through the OSC 52 escape sequence, over ssh too; a terminal that does not \
        support it ignores it (in tmux, `set -g set-clipboard on`).
        """,
      seeAlso: [":set"]),
  ]
}
